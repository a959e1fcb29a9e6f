using Chile1973.Graph.Neo4j.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chile1973.Graph.Neo4j;

/// <summary>Registers the Neo4j engine as the app's <see cref="ICypherEngine"/>.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="Neo4jOptions"/> from the <c>Neo4j</c> section (validated at start), registers
    /// one <see cref="Neo4jResilience"/> per app (so the circuit breaker sees every request), and the
    /// engine as a typed <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>, also
    /// resolvable as <see cref="ICypherEngine"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        services.AddSingleton(sp => new Neo4jResilience(
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value, sp.GetService<ILogger<Neo4jResilience>>()));
        // The pipeline owns time limits, so the client's own timeout is off.
        services.AddHttpClient(nameof(Neo4jCypherEngine), http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(Neo4jEngineFactory.CreateHandler)
            .AddTypedClient((http, sp) => new Neo4jCypherEngine(
                http, sp.GetRequiredService<IOptions<Neo4jOptions>>().Value, sp.GetRequiredService<Neo4jResilience>()));
        services.AddTransient<ICypherEngine>(sp => sp.GetRequiredService<Neo4jCypherEngine>());
        return services;
    }
}
