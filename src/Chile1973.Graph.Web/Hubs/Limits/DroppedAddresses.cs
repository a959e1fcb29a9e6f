using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// The addresses whose connection was dropped for flooding, each kept from the hub for
/// <see cref="HubLimitsOptions.DroppedAddressPause"/>. The call limits are a connection's, so without the pause a dropped
/// client connected again at once with a fresh allowance: ten flooders did so forty times a second, and every new
/// connection's first heavy walks cost the server more than the refusals did.
/// </summary>
internal sealed class DroppedAddresses(IOptions<HubLimitsOptions> options)
{
    // Beyond this many remembered addresses, the expired ones are swept on the next drop.
    private const int SweepAbove = 1024;
    private readonly ConcurrentDictionary<IPAddress, long> until = new();

    /// <summary>Keeps <paramref name="address"/> from the hub for the pause; nothing when the pause is off or the address unknown.</summary>
    public void Remember(IPAddress? address)
    {
        var pause = options.Value.DroppedAddressPause;
        if (address is null || pause <= TimeSpan.Zero)
        {
            return;
        }

        if (until.Count > SweepAbove)
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var (key, end) in until)
            {
                if (end <= now)
                {
                    until.TryRemove(key, out _);
                }
            }
        }

        until[address] = Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>How long <paramref name="address"/> is still kept from the hub; zero when it may connect.</summary>
    public TimeSpan Remaining(IPAddress? address)
    {
        if (address is null || !until.TryGetValue(address, out var end))
        {
            return TimeSpan.Zero;
        }

        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), end);
        if (left <= TimeSpan.Zero)
        {
            until.TryRemove(KeyValuePair.Create(address, end));
            return TimeSpan.Zero;
        }

        return left;
    }
}
