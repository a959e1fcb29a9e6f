using Chile1973.Graph.Neo4j.Resilience;
using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Neo4j;

/// <summary>Builds a Neo4j engine without a service container, for the CLI and tests.</summary>
public static class Neo4jEngineFactory
{
    /// <summary>
    /// An engine with its own HTTP client and resilience pipeline; dispose it to release the client.
    /// Throws <see cref="ArgumentException"/> naming every bad option.
    /// </summary>
    public static Neo4jCypherEngine Create(Neo4jOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Neo4jOptionsValidator.Problems(options).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var http = new HttpClient(CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        return new Neo4jCypherEngine(http, options, new Neo4jResilience(options, loggerFactory?.CreateLogger<Neo4jResilience>()), ownsHttpClient: true);
    }

    /// <summary>The socket handler: connections recycled so a moved server (DNS) is found again.</summary>
    internal static SocketsHttpHandler CreateHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };
}
