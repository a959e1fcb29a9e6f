namespace Chile1973.Graph.Cypher;

/// <summary>Settings of the embedded engine.</summary>
public sealed record EmbeddedEngineOptions
{
    /// <summary>How many planned query texts to keep; the cache starts over when it is full.</summary>
    public int PlanCacheSize { get; init; } = 1024;
}
