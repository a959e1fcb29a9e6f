using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary><c>labels(n)[k]</c> reads one label without building the list; it must answer as the list would.</summary>
public sealed class LabelIndexTests
{
    [Fact]
    public async Task Label_at_an_index_counts_from_either_end_and_is_null_past_them()
    {
        var harness = new EngineHarness("CREATE (:A:B)");

        var rows = await harness.RowsAsync("MATCH (n) RETURN labels(n)[0], labels(n)[1], labels(n)[-1], labels(n)[-3], labels(n)[2]");

        Assert.Equal(["'A', 'B', 'B', null, null"], rows);
    }

    [Fact]
    public async Task Label_at_an_index_of_a_missing_node_is_null()
    {
        var harness = new EngineHarness("CREATE (:A)");

        Assert.Equal(["null"], await harness.RowsAsync("OPTIONAL MATCH (n:Nobody) RETURN labels(n)[0]"));
    }

    [Fact]
    public async Task Label_at_an_index_of_something_not_a_node_is_the_same_error_as_labels()
    {
        var harness = new EngineHarness();

        var indexed = await Assert.ThrowsAsync<CypherException>(() => harness.ReadAsync("WITH 1 AS x RETURN labels(x)[0]"));
        var whole = await Assert.ThrowsAsync<CypherException>(() => harness.ReadAsync("WITH 1 AS x RETURN labels(x)"));

        Assert.Equal(whole.Kind, indexed.Kind);
        Assert.Equal(whole.Message, indexed.Message);
    }

    [Fact]
    public async Task Label_at_an_index_of_a_node_deleted_by_the_query_is_refused()
    {
        var harness = new EngineHarness("CREATE (:A)");

        var error = await Assert.ThrowsAsync<CypherException>(() => harness.WriteAsync("MATCH (n) DELETE n RETURN labels(n)[0]"));

        Assert.Equal("DeletedEntityAccess", error.Detail);
        Assert.Equal(["1"], await harness.RowsAsync("MATCH (n:A) RETURN count(n)"));
    }
}
