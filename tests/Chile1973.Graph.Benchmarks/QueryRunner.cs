using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;

namespace Chile1973.Graph.Benchmarks;

/// <summary>Runs a query through the port and reads every record, as a caller would.</summary>
internal static class QueryRunner
{
    public static async Task<int> RunAsync(EmbeddedCypherEngine engine, string text, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var cursor = await engine.RunAsync(new CypherQuery(text, parameters), QueryOptions.Read).ConfigureAwait(false);
        try
        {
            var count = 0;
            await foreach (var _ in ((IAsyncEnumerable<Core.Querying.CypherRecord>)cursor).ConfigureAwait(false))
            {
                count++;
            }

            return count;
        }
        finally
        {
            await cursor.DisposeAsync().ConfigureAwait(false);
        }
    }
}
