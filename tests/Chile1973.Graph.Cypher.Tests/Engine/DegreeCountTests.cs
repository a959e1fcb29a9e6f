using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// <c>COUNT { (n)--() }</c> of a bound node is read from the store's count of its relationships rather than matched
/// one by one; over the seeded random multigraph (random-graph.cypher beside this file, with parallel relationships
/// and self-loops) it must give what matching them gives.
/// </summary>
public sealed class DegreeCountTests
{
    private static readonly string Graph = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "random-graph.cypher"));

    [Theory]
    [InlineData("--", "-[r]-")]
    [InlineData("-->", "-[r]->")]
    [InlineData("<--", "<-[r]-")]
    public async Task A_nodes_relationship_count_is_the_number_of_relationships_matched_from_it(string counted, string matched)
    {
        var harness = new EngineHarness(Graph);

        var counts = await harness.RowsAsync($"MATCH (n) RETURN n.id, COUNT {{ (n){counted}() }} ORDER BY n.id");
        var matches = await harness.RowsAsync($"MATCH (n) OPTIONAL MATCH (n){matched}() RETURN n.id, count(r) ORDER BY n.id");

        Assert.Equal(24, counts.Count);
        Assert.Equal(matches, counts);
    }

    [Fact]
    public async Task A_self_loop_counts_once_either_way_and_once_each_way()
    {
        var harness = new EngineHarness(Graph);

        var rows = await harness.RowsAsync(
            "MATCH (n {id: 'n12'}) RETURN COUNT { (n)--() } - COUNT { (n)-[r]-() WHERE startNode(r) <> endNode(r) }, COUNT { (n)-->(n) }, COUNT { (n)<--(n) }");

        Assert.Equal(["1, 1, 1"], rows);
    }

    [Fact]
    public async Task The_count_leaves_out_relationships_deleted_earlier_in_the_same_query()
    {
        var harness = new EngineHarness(Graph);
        var before = await harness.RowsAsync("MATCH (n {id: 'n12'}) RETURN COUNT { (n)--() }, COUNT { (n)-[:A]-() }");

        var (records, _) = await harness.WriteAsync("MATCH (n {id: 'n12'})-[r:A]-() DELETE r WITH DISTINCT n RETURN COUNT { (n)--() } AS left");

        var counts = before[0].Split(", ").Select(long.Parse).ToArray();
        Assert.True(counts[1] > 0);
        Assert.Equal(counts[0] - counts[1], (long)records[0]["left"]!);
    }

    [Fact]
    public async Task A_null_node_counts_no_relationships()
    {
        var harness = new EngineHarness(Graph);

        var rows = await harness.RowsAsync("OPTIONAL MATCH (n {id: 'missing'}) RETURN COUNT { (n)--() }");

        Assert.Equal(["0"], rows);
    }
}
