using Chile1973.Graph.Web.Neighbourhood;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// A ring's edges within its budget: every fresh node tied to a node sent before it, by its lowest-id such edge,
/// then the other edges by id, even when the lowest ids of the ring are all edges between fresh nodes.
/// </summary>
public sealed class NeighbourhoodEdgeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_fresh_node_is_tied_to_the_centre_when_lower_ids_join_the_fresh_nodes_to_each_other()
    {
        var query = await WalkAsync();

        // Limit 9: the centre, four neighbours and four edges. Edges e1 to e6 have the lowest ids but tie no one.
        var ring = Assert.Single(await ReadAsync(query, "c", 1, 9));

        Assert.Equal(["a1", "a2", "a3", "a4"], ring.Nodes.Skip(1).Select(n => n.Data.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["z1", "z2", "z3", "z4"], ring.Edges.Select(e => e.Data.Id));
    }

    [Fact]
    public async Task Room_left_after_the_ties_goes_to_the_lowest_ids_between_fresh_nodes()
    {
        var query = await WalkAsync();

        var ring = Assert.Single(await ReadAsync(query, "c", 1, 11));

        Assert.Equal(["z1", "z2", "z3", "z4", "e1", "e2"], ring.Edges.Select(e => e.Data.Id));
    }

    private static async Task<NeighbourhoodQuery> WalkAsync() =>
        UnitGraph.Walk(await UnitGraph.LoadAsync("attachment-graph.cypher", Token));

    private static Task<List<NeighbourhoodBatch>> ReadAsync(NeighbourhoodQuery query, string nodeId, int depth, int limit) =>
        UnitGraph.RingsAsync(query, nodeId, depth, limit, Token);
}
