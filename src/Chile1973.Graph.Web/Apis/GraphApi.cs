using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Health;
using Chile1973.Graph.Web.Search;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chile1973.Graph.Web.Apis;

/// <summary>The explorer's HTTP endpoints: read-only JSON twins of the hub's search and details, and health.</summary>
public static class GraphApi
{
    /// <summary>Maps <c>/api/search</c>, <c>/api/nodes/{id}</c>, <c>/health</c> and <c>/health/ready</c>.</summary>
    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", SearchAsync);
        api.MapGet("/nodes/{id}", GetNodeAsync);

        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(GraphEngineHealthCheck.ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
            // Degraded is an app still warming up: it takes no readers yet.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    /// <summary>Nodes matching <c>q</c> by name or alias, best first.</summary>
    public static async Task<Ok<IReadOnlyList<SearchHit>>> SearchAsync(string? q, int? limit, GraphSearch search, CancellationToken cancellationToken) =>
        TypedResults.Ok(await search.SearchAsync(q, limit ?? 10, cancellationToken));

    /// <summary>One node with its properties and relationships.</summary>
    public static async Task<Results<Ok<NodeDetails>, NotFound<string>>> GetNodeAsync(string id, NodeDetailsQuery details, CancellationToken cancellationToken) =>
        await details.GetAsync(id, cancellationToken) is { } node
            ? TypedResults.Ok(node)
            : TypedResults.NotFound($"There is no node '{id}'.");
}
