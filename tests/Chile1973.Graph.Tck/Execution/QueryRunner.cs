using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>Runs one query through the port and reads it to the end, turning <see cref="CypherException"/> into an outcome.</summary>
public static class QueryRunner
{
    /// <summary>
    /// Runs <paramref name="text"/> and reads every row. Only <see cref="CypherException"/> counts as a
    /// query error; anything else propagates, since an engine must never fail that way.
    /// </summary>
    public static async Task<QueryOutcome> RunAsync(
        ICypherEngine engine,
        string text,
        IReadOnlyDictionary<string, object?> parameters,
        AccessMode mode,
        CancellationToken cancellationToken)
    {
        var options = mode == AccessMode.Write ? QueryOptions.Write : QueryOptions.Read;
        ICypherCursor cursor;
        try
        {
            cursor = await engine.RunAsync(new CypherQuery(text, parameters), options, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException error)
        {
            return new QueryOutcome([], [], error, ErrorBeforeAnyRow: true);
        }

        var rows = new List<IReadOnlyList<object?>>();
        await using (((IAsyncDisposable)cursor).ConfigureAwait(false))
        {
            try
            {
                await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(record.Values.ToArray());
                }

                await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException error)
            {
                return new QueryOutcome(cursor.Keys, rows, error, ErrorBeforeAnyRow: rows.Count == 0);
            }

            return new QueryOutcome(cursor.Keys, rows);
        }
    }
}
