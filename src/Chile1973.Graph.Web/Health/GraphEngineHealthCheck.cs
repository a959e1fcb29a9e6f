using Chile1973.Graph.Web.Hubs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chile1973.Graph.Web.Health;

/// <summary>
/// Ready when the engine answers (the graph is loaded, or the server is reachable), as last probed by
/// <see cref="GraphAvailability"/>; while it does not, says why and that it is retrying.
/// </summary>
internal sealed class GraphEngineHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var availability = services.GetRequiredService<GraphAvailability>();
        var engine = services.GetRequiredService<ICypherEngine>().Name;
        var status = await availability.WhenProbedAsync(cancellationToken);
        if (!status.Available)
        {
            return HealthCheckResult.Unhealthy(status.Message, data: new Dictionary<string, object> { ["engine"] = engine, ["since"] = status.Since });
        }

        try
        {
            var graph = await services.GetRequiredService<GraphInfoQuery>().GetAsync(cancellationToken);
            return HealthCheckResult.Healthy(
                $"The {engine} engine answers; the graph has {graph.Nodes} nodes.",
                new Dictionary<string, object> { ["engine"] = engine, ["nodes"] = graph.Nodes });
        }
        catch (CypherException e)
        {
            return HealthCheckResult.Unhealthy($"The graph engine does not answer: {e.Message}", e);
        }
    }
}
