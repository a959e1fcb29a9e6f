namespace Chile1973.Graph.Core.Querying;

/// <summary>
/// The records of a running query, read once, in order. Disposing it early stops the query.
/// </summary>
public interface ICypherCursor : IAsyncEnumerable<CypherRecord>, IAsyncDisposable
{
    /// <summary>The column names, in RETURN order.</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>Reads (and drops) whatever records are left and returns the summary.</summary>
    Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);
}
