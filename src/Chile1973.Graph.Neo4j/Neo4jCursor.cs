namespace Chile1973.Graph.Neo4j;

/// <summary>
/// The records of one Query API answer. The API answers with the whole result at once, so the rows
/// are in memory; a run-time error that came after some rows is thrown once those rows are read.
/// </summary>
internal sealed class Neo4jCursor(IReadOnlyList<string> keys, IReadOnlyList<object?[]> rows, ResultSummary summary, CypherException? pendingError)
    : ICypherCursor
{
    private int started;

    /// <inheritdoc />
    public IReadOnlyList<string> Keys { get; } = keys;

    /// <inheritdoc />
    public async IAsyncEnumerator<CypherRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("The records of a query can be read only once.");
        }

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CypherRecord(Keys, row);
        }

        await Task.CompletedTask.ConfigureAwait(false);
        if (pendingError is not null)
        {
            throw pendingError;
        }
    }

    /// <inheritdoc />
    public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Exchange(ref started, 1);
        return pendingError is null ? Task.FromResult(summary) : Task.FromException<ResultSummary>(pendingError);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
