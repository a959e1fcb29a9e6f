using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>What a ring says it held back: the frontier's neighbours not sent, each counted once.</summary>
public sealed class NeighbourhoodRemainingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_ring_counts_a_neighbour_of_several_frontier_nodes_once_among_those_it_held_back()
    {
        var query = UnitGraph.Walk(await UnitGraph.LoadAsync("shared-neighbours-graph.cypher", Token));

        // Limit 20: ring 1 is the centre, its four neighbours and their edges (9 elements); ring 2 has room for 5 nodes.
        var rings = await UnitGraph.RingsAsync(query, "c", 2, 20, Token);

        Assert.Equal(2, rings.Count);
        // The four frontier nodes take turns: the shared nodes first (four relationships each), in name order.
        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], rings[1].Nodes.Select(n => n.Data.Id));
        // Ten undelivered neighbours (s1..s6, u1..u4), five of them sent.
        Assert.Equal(5, rings[1].Remaining);
    }

    [Fact]
    public async Task A_single_frontier_node_holds_back_what_it_read_less_what_it_sent()
    {
        var query = UnitGraph.Walk(await UnitGraph.LoadAsync("shared-neighbours-graph.cypher", Token));

        // Limit 5: the centre and two of its four neighbours, each with its edge.
        var ring = Assert.Single(await UnitGraph.RingsAsync(query, "c", 1, 5, Token));

        Assert.Equal(2, ring.Nodes.Count - 1);
        Assert.Equal(2, ring.Remaining);
    }
}
