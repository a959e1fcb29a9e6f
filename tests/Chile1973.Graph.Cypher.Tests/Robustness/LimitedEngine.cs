using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Store;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Robustness;

/// <summary>An embedded engine over a fresh store, run with the limits a user query gets.</summary>
public sealed class LimitedEngine(EmbeddedEngineOptions? options = null)
{
    public EmbeddedCypherEngine Engine { get; } = new(new GraphStore(), options);

    /// <summary>Runs a query to its last record; returns the records' first values.</summary>
    public async Task<List<object?>> RunAsync(string text, QueryOptions options, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var token = Xunit.TestContext.Current.CancellationToken;
        await using var cursor = await Engine.RunAsync(new CypherQuery(text, parameters), options, token);
        var values = new List<object?>();
        await foreach (var record in cursor.WithCancellation(token))
        {
            values.Add(record.Values.Count > 0 ? record.Values[0] : null);
        }

        return values;
    }

    /// <summary>Runs a query that must fail and returns its error; a generous bound turns a hang into a failed test.</summary>
    public async Task<CypherException> FailAsync(string text, QueryOptions options, IReadOnlyDictionary<string, object?>? parameters = null) =>
        await Assert.ThrowsAsync<CypherException>(() => RunAsync(text, options, parameters).WaitAsync(TimeSpan.FromMinutes(2), Xunit.TestContext.Current.CancellationToken));

    public static QueryOptions Read(TimeSpan? timeout = null) => new() { Timeout = timeout ?? TimeSpan.FromSeconds(30), MaxRows = 10_000 };

    public static QueryOptions Write(TimeSpan? timeout = null) => new() { Mode = AccessMode.Write, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
}
