namespace Chile1973.Graph.Core.Querying;

/// <summary>What a finished query did and how long it took.</summary>
public sealed record ResultSummary(QueryCounters Counters, TimeSpan Elapsed, string Engine, string? Bookmark = null);
