using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Cypher.Store;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>An embedded engine over a fresh store, with helpers that run queries through the port.</summary>
internal sealed class EngineHarness
{
    public EngineHarness(string? setup = null)
        : this(new GraphStore())
    {
        if (setup is not null)
        {
            WriteAsync(setup).GetAwaiter().GetResult();
        }
    }

    /// <summary>The engine over a store made otherwise, such as a graph loaded from files.</summary>
    public EngineHarness(GraphStore store) => Engine = new EmbeddedCypherEngine(store, ExplorerEngine.Options);

    public EmbeddedCypherEngine Engine { get; }

    public async Task<List<CypherRecord>> ReadAsync(string text, IReadOnlyDictionary<string, object?>? parameters = null, QueryOptions? options = null)
    {
        await using var cursor = await Engine.RunAsync(new CypherQuery(text, parameters), options ?? QueryOptions.Read, TestCancellation);
        var records = new List<CypherRecord>();
        await foreach (var record in cursor.WithCancellation(TestCancellation))
        {
            records.Add(record);
        }

        return records;
    }

    public async Task<(List<CypherRecord> Records, ResultSummary Summary)> WriteAsync(string text, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        await using var cursor = await Engine.RunAsync(new CypherQuery(text, parameters), QueryOptions.Write, TestCancellation);
        var records = new List<CypherRecord>();
        await foreach (var record in cursor.WithCancellation(TestCancellation))
        {
            records.Add(record);
        }

        return (records, await cursor.ConsumeAsync(TestCancellation));
    }

    public async Task<List<string>> RowsAsync(string text, IReadOnlyDictionary<string, object?>? parameters = null) =>
        [.. (await ReadAsync(text, parameters)).Select(static r => string.Join(", ", r.Values.Select(CypherValues.ToLiteral)))];

    private static CancellationToken TestCancellation => Xunit.TestContext.Current.CancellationToken;
}
