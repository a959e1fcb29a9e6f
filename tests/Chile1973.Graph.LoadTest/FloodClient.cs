using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Chile1973.Graph.LoadTest;

/// <summary>
/// A client that does not play fair: it keeps <see cref="CallsInFlight"/> of the heaviest expansions the hub's
/// defaults allow open at once, with no pause, from nodes it has seen (so that few are answered from the server's
/// cache), for as long as the run lasts, and connects again as soon as the server drops it. The readers beside it show
/// whether the server's limits keep it from taking their share.
/// </summary>
internal sealed class FloodClient(LoadSettings settings, int index) : IAsyncDisposable
{
    private const int KnownIdsKept = 1024;
    private static readonly TimeSpan RetryAfterRefusal = TimeSpan.FromMilliseconds(50);

    /// <summary>Calls kept open at once: many times what a connection may hold, so most are refused.</summary>
    public const int CallsInFlight = 32;

    // The largest walk the hub's defaults accept (Graph:MaxDepth, Graph:MaxNeighbourhoodElements).
    private const int FloodDepth = 4;
    private const int FloodLimit = 2000;

    // Its calls run concurrently on the thread pool: the nodes seen are shared between them, under their lock.
    private readonly KnownNodes known = new(KnownIdsKept, new Random(unchecked((settings.Seed * 7_000_003) + index)));
    private HubConnection? connection;
    private long calls;
    private long completed;
    private long refused;
    private long drops;
    private long turnedAway;

    /// <summary>Calls started.</summary>
    public long Calls => Interlocked.Read(ref calls);

    /// <summary>Expansions the server streamed to the end.</summary>
    public long Completed => Interlocked.Read(ref completed);

    /// <summary>Calls the server answered with a hub error (too many calls or streams).</summary>
    public long Refused => Interlocked.Read(ref refused);

    /// <summary>Times the server closed the connection.</summary>
    public long Drops => Interlocked.Read(ref drops);

    /// <summary>Connection attempts the server refused (a dropped address waits before it may connect again).</summary>
    public long TurnedAway => Interlocked.Read(ref turnedAway);

    /// <summary>Floods until <paramref name="cancellationToken"/> is cancelled, connecting again after every drop.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (!await TryConnectAsync(cancellationToken).ConfigureAwait(false))
                {
                    // Turned away at the door: knock again soon, as a flooder would (twenty times a second, not in a
                    // spin that would measure the machine's TCP stack rather than the hub's limits).
                    Interlocked.Increment(ref turnedAway);
                    await Task.Delay(RetryAfterRefusal, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await FloodConnectionAsync(connection!, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (!cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref drops);
            }

            await DisposeConnectionAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => new(DisposeConnectionAsync());

    private async Task DisposeConnectionAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            connection = null;
        }
    }

    private async Task<bool> TryConnectAsync(CancellationToken cancellationToken)
    {
        await DisposeConnectionAsync().ConfigureAwait(false);
        connection = HubLink.Build(settings);
        WelcomeInfo welcome;
        try
        {
            welcome = await HubLink.StartAsync(connection, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            return false;
        }

        lock (known)
        {
            if (known.Count == 0 && welcome.StartNodeId is { Length: > 0 } start)
            {
                known.Add(start);
            }
        }

        return true;
    }

    private async Task FloodConnectionAsync(HubConnection hub, CancellationToken cancellationToken)
    {
        if (known.Count == 0)
        {
            return;
        }

        var inFlight = new List<Task>(CallsInFlight);
        while (!cancellationToken.IsCancellationRequested && hub.State == HubConnectionState.Connected)
        {
            while (inFlight.Count < CallsInFlight)
            {
                inFlight.Add(CallAsync(hub, NextNode(), cancellationToken));
            }

            inFlight.Remove(await Task.WhenAny(inFlight).ConfigureAwait(false));
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
    }

    private async Task CallAsync(HubConnection hub, string nodeId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        try
        {
            await foreach (var ring in hub.StreamAsync<RingBatch>("StreamNeighbourhood", nodeId, FloodDepth, FloodLimit, cancellationToken).ConfigureAwait(false))
            {
                Learn(ring.Nodes);
            }

            Interlocked.Increment(ref completed);
        }
        catch (HubException)
        {
            Interlocked.Increment(ref refused);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            // The run ended or the server dropped the connection; the drop is counted once by the loop.
        }
    }

    private string NextNode()
    {
        lock (known)
        {
            return known.Pick();
        }
    }

    private void Learn(IReadOnlyList<WireElement> nodes)
    {
        lock (known)
        {
            foreach (var node in nodes)
            {
                known.Add(node.Data.Id);
            }
        }
    }
}
