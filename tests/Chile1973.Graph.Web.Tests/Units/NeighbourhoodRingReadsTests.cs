using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// How many neighbours a ring reads to rank: the first ring all of the focus's (up to <c>MaxRingReads</c>), the rings
/// after it a shared <c>MaxOuterRingReads</c>, and each frontier node always at least as many as the ring may send.
/// </summary>
public sealed class NeighbourhoodRingReadsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_ring_ranks_all_the_focus_neighbours_however_small_the_outer_rings_budget()
    {
        var query = await WalkAsync(new GraphOptions { MaxOuterRingReads = 1 });

        // Limit 9 leaves room for four neighbours; the star is the hub's last relationship and its best connected.
        var ring = Assert.Single(await ReadAsync(query, "h", 1, 9));

        Assert.Equal("s", ring.Nodes[1].Data.Id);
        Assert.Equal(4, ring.Nodes.Count - 1);
    }

    [Fact]
    public async Task An_outer_ring_reads_at_least_what_it_may_send_from_each_frontier_node()
    {
        var query = await WalkAsync(new GraphOptions { MaxOuterRingReads = 1 });

        // Ring 1 is the centre, the hub and their edge; the six elements left make room for three nodes in ring 2.
        var rings = await ReadAsync(query, "c", 2, 9);

        Assert.Equal(2, rings.Count);
        Assert.Equal(3, rings[1].Nodes.Count);
        Assert.Equal(3, rings[1].Edges.Count);
    }

    [Fact]
    public async Task An_outer_ring_with_room_to_read_the_whole_frontier_sends_its_best_connected_node()
    {
        var query = await WalkAsync(new GraphOptions());

        var rings = await ReadAsync(query, "c", 2, 9);

        Assert.Equal("s", rings[1].Nodes[0].Data.Id);
    }

    [Fact]
    public async Task A_ring_read_budget_below_one_is_refused_at_start_naming_the_setting()
    {
        var result = new GraphOptionsValidator().Validate(null, new GraphOptions { MaxOuterRingReads = 0, GraphDirectory = ".", SeedsDirectory = "." });

        Assert.True(result.Failed);
        Assert.Contains("MaxOuterRingReads", result.FailureMessage, StringComparison.Ordinal);
    }

    private static async Task<NeighbourhoodQuery> WalkAsync(GraphOptions settings) =>
        UnitGraph.Walk(await UnitGraph.LoadAsync("ring-reads-graph.cypher", Token), settings);

    private static Task<List<NeighbourhoodBatch>> ReadAsync(NeighbourhoodQuery query, string nodeId, int depth, int limit) =>
        UnitGraph.RingsAsync(query, nodeId, depth, limit, Token);
}
