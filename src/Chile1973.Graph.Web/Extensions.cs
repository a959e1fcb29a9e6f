using System.Text.Json.Serialization;
using Chile1973.Graph.Web.Article;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Engines;
using Chile1973.Graph.Web.Health;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Hubs.Limits;
using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Presentations;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web;

/// <summary>The explorer's composition: options, the engine, the query services, the hub and health.</summary>
public static class Extensions
{
    /// <summary>Registers everything the explorer needs.</summary>
    public static IHostApplicationBuilder AddGraphServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<GraphOptions>, GraphOptionsDefaults>();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();

        services.AddGraphEngine(builder.Configuration);
        services.AddSingleton<GraphQueryRunner>();
        services.AddSingleton<GraphSearch>();
        services.AddOptions<SearchCacheOptions>().BindConfiguration(SearchCacheOptions.Section)
            .Validate(o => o.MaxHits >= 0, "SearchCache:MaxHits must be 0 (no cache) or more.")
            .ValidateOnStart();
        services.AddOptions<NeighbourhoodCacheOptions>().BindConfiguration(NeighbourhoodCacheOptions.Section)
            .Validate(o => o.MaxElements >= 0, "NeighbourhoodCache:MaxElements must be 0 (no cache) or more.")
            .Validate(o => o.Prefill >= 0, "NeighbourhoodCache:Prefill must be 0 (none) or more.")
            .ValidateOnStart();
        services.AddSingleton<NeighbourhoodQuery>();
        services.AddSingleton<CachedNeighbourhoodQuery>();
        services.AddSingleton<INeighbourhoodQuery>(sp => sp.GetRequiredService<CachedNeighbourhoodQuery>());
        services.AddHostedService<NeighbourhoodWarmup>();
        services.AddSingleton<IAnswerCache>(sp => sp.GetRequiredService<CachedNeighbourhoodQuery>());
        services.AddSingleton<IAnswerCache>(sp => sp.GetRequiredService<GraphSearch>());
        services.AddSingleton<HubWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<HubWarmup>());
        // After the hub's warm-up, which empties the caches when it ends: hosted services start one after another.
        services.AddSingleton<NeighbourhoodPrefill>();
        services.AddHostedService(sp => sp.GetRequiredService<NeighbourhoodPrefill>());
        services.AddSingleton<NodeDetailsQuery>();
        services.AddSingleton<GraphInfoQuery>();
        services.AddSingleton<LensElements>();
        services.AddSingleton<PathLens>();
        services.AddSingleton<ChainLens>();
        services.AddSingleton<InfluenceIndex>();
        services.AddSingleton<InfluenceLens>();
        services.AddHostedService<InfluenceWarmup>();
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section)
            .Validate(o => o.RowLimit > 0 && o.BatchSize > 0 && o.Timeout > TimeSpan.Zero && o.Threads > 0, "Console:RowLimit, BatchSize, Timeout and Threads must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ArticleIndex>();
        services.AddSingleton<ConsoleThreads>();
        services.AddSingleton<CypherConsoleQuery>();
        services.AddSingleton<GraphSchemaQuery>();
        services.AddSingleton<GraphAvailability>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphAvailability>());

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.AddSecurityHeaders();
        services.AddHubLimits();
        // Every call that fails reaches SignalR's dispatcher as a HubException (a refusal, a bad argument, or a failure
        // HubErrorFilter has already logged with its detail), which it logs as an error with a stack trace: a client
        // flooding the hub made that the server's largest cost, and a reader's typo an error in the log.
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical);
        var signalR = services.AddSignalR(o => o.AddFilter<HubErrorFilter>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)
            .AddCheckedJsonProtocol();
        services.AddPresentations(signalR, builder.Configuration);
        services.AddHealthChecks()
            .AddCheck<GraphEngineHealthCheck>("graph-engine", tags: [GraphEngineHealthCheck.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
