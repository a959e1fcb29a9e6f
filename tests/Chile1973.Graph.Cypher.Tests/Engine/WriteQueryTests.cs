using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

public sealed class WriteQueryTests
{
    [Fact]
    public async Task Create_reports_its_counters_and_the_graph_shows_the_change()
    {
        var harness = new EngineHarness();

        var (_, summary) = await harness.WriteAsync("CREATE (:A {k: 1})-[:T {w: 2}]->(:B:C)");

        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(1, summary.Counters.RelationshipsCreated);
        Assert.Equal(3, summary.Counters.LabelsAdded);
        Assert.Equal(2, summary.Counters.PropertiesSet);
        Assert.Equal(["1, 2"], await harness.RowsAsync("MATCH (a:A)-[r:T]->(:B) RETURN a.k, r.w"));
    }

    [Fact]
    public async Task A_write_in_read_mode_is_refused_before_it_runs()
    {
        var harness = new EngineHarness();

        var error = await Assert.ThrowsAsync<CypherException>(() => harness.ReadAsync("CREATE (:A)"));

        Assert.Equal(CypherErrorKind.AccessModeViolation, error.Kind);
        Assert.Empty(await harness.RowsAsync("MATCH (n) RETURN n"));
    }

    [Fact]
    public async Task A_failing_write_leaves_the_graph_as_it_was()
    {
        var harness = new EngineHarness("CREATE (:A {k: 1}), (:A {k: 0})");

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            harness.WriteAsync("MATCH (a:A) SET a.k = a.k + 1 CREATE (:B) WITH a RETURN 10 / (a.k - 1)"));

        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
        Assert.Equal(["0", "1"], await harness.RowsAsync("MATCH (a:A) RETURN a.k ORDER BY a.k"));
        Assert.Empty(await harness.RowsAsync("MATCH (b:B) RETURN b"));
    }

    [Fact]
    public async Task Deleting_a_connected_node_without_detach_fails_and_detach_delete_succeeds()
    {
        var harness = new EngineHarness("CREATE (:A)-[:T]->(:B)");

        var error = await Assert.ThrowsAsync<CypherException>(() => harness.WriteAsync("MATCH (a:A) DELETE a"));
        var (_, summary) = await harness.WriteAsync("MATCH (a:A) DETACH DELETE a");

        Assert.Equal(CypherErrorKind.ConstraintVerificationFailed, error.Kind);
        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Equal(1, summary.Counters.NodesDeleted);
        Assert.Equal(1, summary.Counters.RelationshipsDeleted);
        Assert.Equal(["1"], await harness.RowsAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Merge_creates_once_then_matches()
    {
        var harness = new EngineHarness();
        const string merge = "MERGE (c:City {name: $name}) ON CREATE SET c.new = true ON MATCH SET c.new = false RETURN c.new";
        var parameters = new Dictionary<string, object?> { ["name"] = "Santiago" };

        var (first, _) = await harness.WriteAsync(merge, parameters);
        var (second, _) = await harness.WriteAsync(merge, parameters);

        Assert.Equal(true, first[0][0]);
        Assert.Equal(false, second[0][0]);
        Assert.Equal(["1"], await harness.RowsAsync("MATCH (c:City) RETURN count(c)"));
    }

    [Fact]
    public async Task Set_and_remove_change_properties_and_labels()
    {
        var harness = new EngineHarness("CREATE (:A {k: 1, gone: 'x'})");

        await harness.WriteAsync("MATCH (a:A) SET a += {j: 2}, a:B REMOVE a.gone, a:A");

        Assert.Equal(["['B'], 2, 1, null"], await harness.RowsAsync("MATCH (a:B) RETURN labels(a), a.j, a.k, a.gone"));
    }
}
