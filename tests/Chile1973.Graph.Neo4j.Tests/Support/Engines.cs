using Chile1973.Graph.Neo4j.Resilience;

namespace Chile1973.Graph.Neo4j.Tests.Support;

/// <summary>Engines with tiny delays, so fault tests run in milliseconds.</summary>
internal static class Engines
{
    public const string OneRow = """
        {"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "1"}]]}, "bookmarks": ["FB:after"]}
        """;

    public static Neo4jOptions FastOptions(Uri uri) => new()
    {
        Uri = uri,
        User = "neo4j",
        Password = "verysecret",
        // Generous per attempt: a busy CI machine must not turn a plain answer into a timeout.
        RequestTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(20),
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        BreakerMinimumThroughput = 50,
    };

    public static Neo4jCypherEngine Create(Neo4jOptions options, ListLogger<Neo4jResilience>? logger = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options, new Neo4jResilience(options, logger), ownsHttpClient: true);
}
