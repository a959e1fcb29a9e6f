using System.Diagnostics;
using System.Text.Json;
using Chile1973.Graph.Web.Hubs.Limits;
using Chile1973.Graph.Web.Neighbourhood;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// Plays a few readers against the app's own hub once Kestrel listens and before the app says it is ready
/// (<c>/health/ready</c> answers "warming up" meanwhile), until the runtime stops compiling or
/// <see cref="GraphOptions.HubWarmUp"/> runs out. <see cref="Neighbourhood.NeighbourhoodWarmup"/> compiles the engine's
/// walks, but the hub's dispatch, its JSON protocol and Kestrel's WebSockets were compiled by the first readers: a
/// run of 20 readers before a load took its p99 on the article graph from 24 to 39 ms to 4.5 to 7 ms
/// (benchmarks/README.md). Each connection keeps to the hub's limits, as any reader must, and the neighbourhood and
/// search caches it filled are emptied afterwards, so readers are sent what they would be without it.
/// </summary>
internal sealed class HubWarmup(
    IServer server,
    GraphInfoQuery info,
    IEnumerable<IAnswerCache> caches,
    IOptions<GraphOptions> options,
    IOptions<HubLimitsOptions> limits,
    ILogger<HubWarmup> logger) : IHostedLifecycleService
{
    private const int Connections = 32;

    // How long the readers' last calls may take to end once they are asked to stop.
    private static readonly TimeSpan CallGrace = TimeSpan.FromSeconds(5);

    private volatile bool done;

    /// <summary>False from the start until the warm-up has run or was found to have nothing to do.</summary>
    public bool Done => done || !Applies;

    private bool Applies => options.Value.HubWarmUp > TimeSpan.Zero && options.Value.Engine == GraphEngineKind.Embedded;

    public Task StartedAsync(CancellationToken cancellationToken) => Applies ? WarmAsync(cancellationToken) : Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The address the app listens on as a client on this machine reaches it; null when it has no plain HTTP one.</summary>
    internal static Uri? LocalHubUrl(IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            if (!address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Kestrel reports a wildcard as it was given ("http://+:80", "http://[::]:8080"); Uri cannot parse some.
            var rest = address["http://".Length..];
            var colon = rest.LastIndexOf(':');
            var host = colon > 0 ? rest[..colon] : rest;
            var port = colon > 0 ? rest[(colon + 1)..].TrimEnd('/') : "80";
            host = host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : host;
            return Uri.TryCreate($"http://{host}:{port}{GraphHub.Path}", UriKind.Absolute, out var url) ? url : null;
        }

        return null;
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            var url = LocalHubUrl(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            var start = (await info.GetAsync(cancellationToken)).StartNodeId;
            if (url is null || start is null)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            // Readers are asked to stop between calls (quiet, or out of time) and their calls end as any reader's do:
            // a call cut short would leave its walk running in the app, to be kept after the caches are emptied. A
            // call that does not end within the grace is cut all the same.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var cut = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stop.CancelAfter(options.Value.HubWarmUp);
            var readers = Enumerable.Range(0, Connections).Select(i => new Reader(url, start, i, limits.Value)).ToList();
            try
            {
                var reading = Task.WhenAll(readers.Select(r => r.RunAsync(stop.Token, cut.Token)));
                await Task.WhenAny(reading, WhenQuietAsync(stop.Token));
                await stop.CancelAsync();
                cut.CancelAfter(CallGrace);
                await reading;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Quiet, or out of time: what is compiled is compiled.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // It only saves readers time: a hub it cannot reach (an address only a proxy answers, an in-memory test
                // server) or that refuses it must not stop the start. Readers meet whatever it met, and report it.
                Log.HubWarmupFailed(logger, e);
            }
            finally
            {
                await Task.WhenAll(readers.Select(r => r.DisposeAsync().AsTask()));
            }

            foreach (var cache in caches)
            {
                cache.Clear();
            }

            Log.HubWarmedUp(logger, readers.Sum(r => r.Calls), Connections, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            done = true;
        }
    }

    /// <summary>Ends once the runtime has stopped compiling (<see cref="WarmUpPlan.IsQuiet"/>).</summary>
    private static async Task WhenQuietAsync(CancellationToken cancellationToken)
    {
        var compiling = new WarmUpPlan();
        while (!compiling.IsQuiet())
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>One connection: streams neighbourhoods of the nodes it meets and now and then searches a name's word, within the limits.</summary>
    private sealed class Reader(Uri url, string start, int index, HubLimitsOptions limits) : IAsyncDisposable
    {
        private readonly HubConnection connection = new HubConnectionBuilder()
            .WithUrl(url, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();

        private int calls;

        public int Calls => Volatile.Read(ref calls);

        /// <summary>Reads until <paramref name="stop"/>, between calls; <paramref name="cancellationToken"/> cuts a call short.</summary>
        public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
        {
            // Half the calls a connection may make, so the warm-up is never the one refused.
            var pause = TimeSpan.FromSeconds(2 / Math.Max(1, limits.CallsPerSecond));
            connection.On<JsonElement>("Welcome", _ => { });
            connection.On<JsonElement>("GraphStatus", _ => { });
            await connection.StartAsync(cancellationToken);
            var nodes = new WarmUpWalks(start, 200);
            string? word = null;
            for (var move = index; !stop.IsCancellationRequested && nodes.TryNext(out var node); move++)
            {
                var (depth, limit) = WarmUpPlan.Shapes[move % WarmUpPlan.Shapes.Count];
                await foreach (var ring in connection.StreamAsync<JsonElement>("StreamNeighbourhood", node, depth, limit, cancellationToken))
                {
                    foreach (var element in ring.GetProperty("nodes").EnumerateArray())
                    {
                        var data = element.GetProperty("data");
                        if (data.GetProperty("id").GetString() is { } id)
                        {
                            nodes.Meet(id);
                        }

                        word ??= data.TryGetProperty("label", out var label) ? label.GetString()?.Split(' ')[0] : null;
                    }
                }

                Interlocked.Increment(ref calls);
                await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (word is not null && move % 5 == 4 && !stop.IsCancellationRequested)
                {
                    await connection.InvokeAsync<JsonElement>("Search", word, 10, cancellationToken);
                    Interlocked.Increment(ref calls);
                    await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
