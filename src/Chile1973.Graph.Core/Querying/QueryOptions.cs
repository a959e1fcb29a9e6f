namespace Chile1973.Graph.Core.Querying;

/// <summary>How a query runs: its access mode and the limits that guard the engine.</summary>
public sealed record QueryOptions
{
    /// <summary>Read-only queries by default; writes must be asked for.</summary>
    public AccessMode Mode { get; init; } = AccessMode.Read;

    /// <summary>The most time the query may take, start to last record; null for no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The most records the query may return; more is an error, not a silent cut.</summary>
    public long? MaxRows { get; init; }

    /// <summary>The database to run in (Neo4j); null for the engine's default.</summary>
    public string? Database { get; init; }

    /// <summary>Bookmarks for causal consistency (Neo4j); ignored by the embedded engine.</summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }

    /// <summary>A read query with no limits.</summary>
    public static QueryOptions Read { get; } = new();

    /// <summary>A write query with no limits.</summary>
    public static QueryOptions Write { get; } = new() { Mode = AccessMode.Write };
}
