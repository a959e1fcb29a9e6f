using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Web.Elements;
using Chile1973.Graph.Web.Queries;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chile1973.Graph.Web.Health;

/// <summary>Ready when the engine answers a query: the graph is loaded (embedded) or the server is reachable (Neo4j).</summary>
internal sealed class GraphEngineHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var runner = services.GetRequiredService<GraphQueryRunner>();
            var records = await runner.ReadAllAsync(ExplorerQueries.Counts, new Dictionary<string, object?>(), cancellationToken);
            var nodes = records is [var r, ..] ? RecordReader.Long(r, ExplorerColumns.Nodes) : 0;
            return HealthCheckResult.Healthy(
                $"The {runner.EngineName} engine answers; the graph has {nodes} nodes.",
                new Dictionary<string, object> { ["engine"] = runner.EngineName, ["nodes"] = nodes });
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The graph engine does not answer: {e.Message}", e);
        }
    }
}
