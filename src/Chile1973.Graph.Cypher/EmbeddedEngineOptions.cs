namespace Chile1973.Graph.Cypher;

/// <summary>Settings of the embedded engine.</summary>
public sealed record EmbeddedEngineOptions
{
    /// <summary>How many planned query texts to keep; the cache starts over when it is full.</summary>
    public int PlanCacheSize { get; init; } = 1024;

    /// <summary>
    /// The most elements a list built by a query may hold (range(), collect(), comprehensions, concatenation, split()):
    /// a query that would build a longer one fails with a <c>LimitExceeded</c> error instead of taking the process's memory.
    /// </summary>
    public int MaxListSize { get; init; } = 10_000_000;

    /// <summary>The most characters a string built by a query may hold (concatenation, replace()); as <see cref="MaxListSize"/>.</summary>
    public int MaxStringLength { get; init; } = 10_000_000;

    /// <summary>
    /// The full-text index over node names and aliases that <c>db.index.fulltext.queryNodes</c> answers to, as
    /// the graph's Neo4j schema names it; null when the graph has none, so every index name is an error.
    /// </summary>
    public string? NameIndex { get; init; }
}
