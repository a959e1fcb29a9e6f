using System.Diagnostics;
using System.Runtime;
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
/// (<c>/health/ready</c> answers "warming up" meanwhile), until each has connected a few times and the runtime stops
/// compiling, or <see cref="GraphOptions.HubWarmUp"/> runs out; then gives the compiler a moment to finish what they
/// made hot. <see cref="Neighbourhood.NeighbourhoodWarmup"/> compiles the engine's
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
    private const int Readers = 32;

    // Each reader connects at least this often before the warm-up may end: the runtime compiles a method fully only
    // after a few dozen calls in each of two stages, and a connection's own path runs once per connection.
    private const int MinConnections = 8;

    // How long the readers' last calls may take to end once they are asked to stop.
    private static readonly TimeSpan CallGrace = TimeSpan.FromSeconds(5);

    // How long the compiler is given, once the readers have stopped, to finish what they made hot.
    private static readonly TimeSpan CompileLimit = TimeSpan.FromSeconds(5);

    // Fewer methods than this compiled in WarmUpPlan.Quiet is the compiler done: the app's own timers and probes
    // compile a method now and then for as long as it runs.
    private const int CompiledWhenDone = 5;

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
            var readers = Enumerable.Range(0, Readers).Select(i => new Reader(url, start, i, limits.Value)).ToList();
            try
            {
                var reading = Task.WhenAll(readers.Select(r => r.RunAsync(stop.Token, cut.Token)));
                await Task.WhenAny(reading, WhenQuietAsync(() => readers.All(r => r.Connections >= MinConnections), stop.Token));
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

            // What the readers made hot is compiled in the background, seconds behind them on two cores; a reader
            // arriving meanwhile shares the processors with the compiler and runs the code it waits for unoptimised.
            using (var drained = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                drained.CancelAfter(CompileLimit);
                await WhenCompiledAsync(drained.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            foreach (var cache in caches)
            {
                cache.Clear();
            }

            Log.HubWarmedUp(logger, readers.Sum(r => r.Calls), Readers, readers.Sum(r => r.Connections), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            done = true;
        }
    }

    /// <summary>Ends once <paramref name="enough"/> holds and the runtime has stopped compiling (<see cref="WarmUpPlan.IsQuiet"/>).</summary>
    private static async Task WhenQuietAsync(Func<bool> enough, CancellationToken cancellationToken)
    {
        var compiling = new WarmUpPlan();
        while (!compiling.IsQuiet() || !enough())
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Ends once fewer than <see cref="CompiledWhenDone"/> methods are compiled in <see cref="WarmUpPlan.Quiet"/>.</summary>
    private static async Task WhenCompiledAsync(CancellationToken cancellationToken)
    {
        var before = JitInfo.GetCompiledMethodCount();
        while (true)
        {
            await Task.Delay(WarmUpPlan.Quiet, cancellationToken);
            var now = JitInfo.GetCompiledMethodCount();
            if (now - before < CompiledWhenDone)
            {
                return;
            }

            before = now;
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

        // Readers connect once and read for long, so a connection's own path (Kestrel's upgrade, the middleware, the
        // hub's handshake and welcome) runs once a reader: connecting anew every few moves gets it compiled before
        // the app is ready rather than while the first thousand readers connect and read.
        private const int MovesPerConnection = 4;

        // The words of the names met that a reader searches for in turn.
        private const int WordsKept = 16;

        private int calls;
        private int connections;

        public int Calls => Volatile.Read(ref calls);

        public int Connections => Volatile.Read(ref connections);

        /// <summary>
        /// Reads until <paramref name="stop"/>, between calls, opening a new connection every
        /// <see cref="MovesPerConnection"/> moves; <paramref name="cancellationToken"/> cuts a call short.
        /// </summary>
        public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
        {
            // Half the calls a connection may make, so the warm-up is never the one refused.
            var pause = TimeSpan.FromSeconds(2 / Math.Max(1, limits.CallsPerSecond));
            connection.On<JsonElement>("Welcome", _ => { });
            connection.On<JsonElement>("GraphStatus", _ => { });
            var nodes = new WarmUpWalks(start, 200);
            List<string> words = [];
            for (var move = index; !stop.IsCancellationRequested && nodes.TryNext(out var node); move++)
            {
                if ((move - index) % MovesPerConnection == 0)
                {
                    await connection.StopAsync(cancellationToken);
                    await connection.StartAsync(cancellationToken);
                    Interlocked.Increment(ref connections);
                }

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

                        if (words.Count < WordsKept && data.TryGetProperty("label", out var label) && label.GetString()?.Split(' ')[0] is { Length: > 0 } word
                            && !words.Contains(word))
                        {
                            words.Add(word);
                        }
                    }
                }

                Interlocked.Increment(ref calls);
                await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (words.Count > 0 && move % 5 == 4 && !stop.IsCancellationRequested)
                {
                    // The words met, in turn: a search asked again is answered from the cache, and with one word the
                    // ranking of thousands of matches was left for the first readers to have compiled.
                    await connection.InvokeAsync<JsonElement>("Search", words[(move / 5) % words.Count], 10, cancellationToken);
                    Interlocked.Increment(ref calls);
                    await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
