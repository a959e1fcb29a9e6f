using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Neighbourhood;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chile1973.Graph.Web.Health;

/// <summary>
/// Ready when the engine answers (the graph is loaded, or the server is reachable), as last probed by
/// <see cref="GraphAvailability"/>; while it does not, says why and that it is retrying. While the hub warms up
/// (<see cref="HubWarmup"/>) and the best-connected nodes' neighbourhoods are computed (<see cref="NeighbourhoodPrefill"/>)
/// it is degraded: not ready yet, and nothing wrong.
/// </summary>
internal sealed class GraphEngineHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string ReadyTag = "ready";

    private static readonly TimeSpan SizeWait = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var availability = services.GetRequiredService<GraphAvailability>();
        var engine = services.GetRequiredService<ICypherEngine>().Name;
        var status = await availability.WhenProbedAsync(cancellationToken);
        if (!status.Available)
        {
            return HealthCheckResult.Unhealthy(status.Message, data: new Dictionary<string, object> { ["engine"] = engine, ["since"] = status.Since });
        }

        var prefill = services.GetRequiredService<NeighbourhoodPrefill>();
        if (!services.GetRequiredService<HubWarmup>().Done || !prefill.Done)
        {
            // Degraded, which readiness answers with 503 too: a start is not a fault, and the health service logs
            // an unhealthy check as an error, a line for every probe of an orchestrator while the app warms up.
            var (kept, total) = prefill.Progress;
            var progress = total > 0 ? $" (the neighbourhoods of {kept} of the {total} best-connected nodes are kept)" : "";
            return HealthCheckResult.Degraded($"The {engine} engine answers; the explorer is warming up and takes readers in a moment{progress}.",
                data: new Dictionary<string, object> { ["engine"] = engine });
        }

        try
        {
            // The size is counted once and kept; on a graph of millions counting takes seconds, and readiness is
            // the engine answering, so a probe waits for the count only briefly. The count goes on by itself
            // (bounded by the query time limit) and a later probe reports it.
            var counting = services.GetRequiredService<GraphInfoQuery>().GetAsync(CancellationToken.None);
            if (await Task.WhenAny(counting, Task.Delay(SizeWait, cancellationToken)) != counting)
            {
                return HealthCheckResult.Healthy($"The {engine} engine answers; the graph's size is still being counted.",
                    new Dictionary<string, object> { ["engine"] = engine });
            }

            var graph = await counting;
            return HealthCheckResult.Healthy(
                $"The {engine} engine answers; the graph has {graph.Nodes} nodes.",
                new Dictionary<string, object> { ["engine"] = engine, ["nodes"] = graph.Nodes });
        }
        catch (CypherException e)
        {
            // The probe found the engine answering; a count that ran past the query limit on a large, busy graph
            // says nothing against that.
            return HealthCheckResult.Healthy($"The {engine} engine answers; the graph's size could not be counted: {e.Message}",
                new Dictionary<string, object> { ["engine"] = engine });
        }
    }
}
