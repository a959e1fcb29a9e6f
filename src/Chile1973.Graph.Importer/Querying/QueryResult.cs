namespace Chile1973.Graph.Importer.Querying;

/// <summary>The whole result of a query, read from its cursor.</summary>
public sealed record QueryResult(IReadOnlyList<string> Keys, IReadOnlyList<CypherRecord> Records, ResultSummary Summary)
{
    /// <summary>Runs a query and reads every record.</summary>
    public static async Task<QueryResult> RunAsync(ICypherEngine engine, CypherQuery query, QueryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var cursor = await engine.RunAsync(query, options, cancellationToken).ConfigureAwait(false);
        await using (((IAsyncDisposable)cursor).ConfigureAwait(false))
        {
            var records = new List<CypherRecord>();
            await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                records.Add(record);
            }

            var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            return new QueryResult(cursor.Keys, records, summary);
        }
    }
}
