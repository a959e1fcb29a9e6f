using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Chile1973.Graph.LoadTest;

/// <summary>How every connection of the load client reaches the hub, readers' and flooders' alike.</summary>
internal static class HubLink
{
    /// <summary>
    /// A connection by WebSockets straight away (a negotiate round trip per connection only slows the ramp-up) that
    /// reads rings with <see cref="RingReadingProtocol"/>.
    /// </summary>
    public static HubConnection Build(LoadSettings settings)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(settings.HubUrl, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            });
        builder.Services.AddSingleton<IHubProtocol>(new RingReadingProtocol(new JsonHubProtocol()));
        return builder.Build();
    }

    /// <summary>Starts <paramref name="connection"/> and waits for the hub's welcome, which names the first node to expand.</summary>
    public static async Task<WelcomeInfo> StartAsync(HubConnection connection, LoadSettings settings, CancellationToken cancellationToken)
    {
        var welcomed = new TaskCompletionSource<WelcomeInfo>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = connection.On<WelcomeInfo>("Welcome", info => welcomed.TrySetResult(info));
        await connection.StartAsync(cancellationToken).ConfigureAwait(false);
        return await welcomed.Task.WaitAsync(settings.EffectiveStreamTimeout, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// The node ids a client has seen and may expand: up to a number kept, after which a new id takes the place of a
/// random one, so a client keeps moving through the graph rather than circling where it began. Not thread-safe.
/// </summary>
internal sealed class KnownNodes(int kept, Random random)
{
    private readonly List<string> ids = [];

    /// <summary>The client's random choices, of which picking nodes is one: one sequence, the same for a seed.</summary>
    public Random Random => random;

    public int Count => ids.Count;

    public void Add(string id)
    {
        if (ids.Count < kept)
        {
            ids.Add(id);
        }
        else
        {
            ids[random.Next(kept)] = id;
        }
    }

    /// <summary>One of the ids, at random; the list must not be empty.</summary>
    public string Pick() => ids[random.Next(ids.Count)];
}
