using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Chile1973.Graph.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Walks neighbourhoods with the embedded engine before the app takes readers, until the runtime stops compiling
/// their code or the time allowed (<see cref="GraphOptions.WarmUp"/>) runs out. A fresh process runs each method
/// unoptimised first and compiles the busy ones again in the background: on a large graph that compiling, beside the
/// first readers' walks, kept both cores full for the first ten seconds of a load. The walks are not kept (they go
/// past the neighbourhood cache), so what readers are sent is computed for them as it would be without the warm-up.
/// With Neo4j the walks are the server's work, and a server still down would hold up the start: none are walked.
/// </summary>
internal sealed class NeighbourhoodWarmup(
    ICypherEngine engine,
    GraphInfoQuery info,
    IOptions<GraphOptions> options,
    IOptions<JsonHubProtocolOptions> wire,
    ILogger<NeighbourhoodWarmup> logger) : IHostedService
{
    // Walks of their own, logging nothing: with Debug on (the Development profile) the readers' walks log every query
    // and ring, and a warm-up's thousand lines would bury what the app said at start.
    private readonly NeighbourhoodQuery walks = new(
        new GraphQueryRunner(engine, options, NullLogger<GraphQueryRunner>.Instance), options, NullLogger<NeighbourhoodQuery>.Instance);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var allowed = options.Value.WarmUp;
        if (allowed <= TimeSpan.Zero || options.Value.Engine != GraphEngineKind.Embedded)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(allowed);
        var walked = 0;
        try
        {
            var start = (await info.GetAsync(timeout.Token)).StartNodeId;
            if (start is null)
            {
                return;
            }

            var nodes = new WarmUpWalks(start, 1_000);
            var compiling = new WarmUpPlan();
            while (nodes.TryNext(out var node) && !timeout.IsCancellationRequested)
            {
                var (depth, limit) = WarmUpPlan.Shapes[walked % WarmUpPlan.Shapes.Count];
                await foreach (var ring in walks.StreamAsync(node, depth, limit, timeout.Token))
                {
                    // Rendered as the hub sends it, so the converter's path is compiled too.
                    JsonSerializer.SerializeToUtf8Bytes(ring, wire.Value.PayloadSerializerOptions);
                    foreach (var next in ring.NodeIds)
                    {
                        nodes.Meet(next);
                    }
                }

                walked++;
                if (compiling.IsQuiet())
                {
                    break;
                }
            }
        }
        catch (Exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Out of time, however the engine put it (a cancellation, its own time limit): what is compiled is compiled.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The warm-up only saves readers time: a walk that fails (a broken graph, the engine's own limits) must
            // not stop the app from starting. The readers' own walks meet the failure and report it.
            Log.NeighbourhoodWarmupFailed(logger, walked, e);
            return;
        }

        Log.NeighbourhoodWarmedUp(logger, walked, Stopwatch.GetElapsedTime(started).TotalMilliseconds, JitInfo.GetCompiledMethodCount());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
