namespace Chile1973.Graph.Neo4j;

/// <summary>
/// Where Neo4j is and how patiently to talk to it. Bound from the <c>Neo4j</c> configuration section
/// (<c>Neo4j:Uri</c>, <c>Neo4j:User</c>, <c>Neo4j:Password</c>, <c>Neo4j:Database</c>, ...).
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (a path prefix behind a proxy is kept).</summary>
    public Uri? Uri { get; set; }

    /// <summary>The user for Basic authentication; empty when the server has authentication off.</summary>
    public string? User { get; set; }

    /// <summary>The password for Basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>The database queries run in.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The most one HTTP attempt may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most one query may take across all its attempts and the waits between them.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a transient failure is tried again.</summary>
    public int MaxRetries { get; set; } = 6;

    /// <summary>The first wait before trying again; it doubles each time, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The share of failed attempts (0..1) in the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>How many attempts the sampling window must hold before the circuit may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    /// <summary>The window over which failures are counted.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails every query at once before it lets one through again.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Send a query's time limit to the server as <c>maxExecutionTime</c> as well as enforcing it here,
    /// so the server stops the query too. Every Query API server takes the field; explicit transactions
    /// honour it from Neo4j 2025.06 and auto-commit queries from 2026.04 (https://neo4j.com/docs/query-api/current/transaction-configuration/).
    /// </summary>
    public bool SendServerTimeout { get; set; } = true;
}
