using Chile1973.Graph.Neo4j;

namespace Chile1973.Graph.Web.Engines;

/// <summary>Registers the one <see cref="ICypherEngine"/> the app uses, chosen by <c>Graph:Engine</c>.</summary>
internal static class GraphEngineRegistration
{
    public static IServiceCollection AddGraphEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration.GetSection(GraphOptions.Section).GetValue(nameof(GraphOptions.Engine), GraphEngineKind.Embedded);
        switch (kind)
        {
            case GraphEngineKind.Embedded:
                services.AddSingleton<ICypherEngine>(EmbeddedEngineFactory.Create);
                break;
            case GraphEngineKind.Neo4j:
                services.AddNeo4jEngine(configuration);
                break;
        }

        services.AddHostedService<GraphEngineWarmup>();
        return services;
    }
}
