using System.Text.Json;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// Rings after the first ranked from kept rankings send what the engine's ring queries send: the same nodes, edges
/// and held-back counts, from every start, whether a frontier node's reads are cut or not.
/// </summary>
public sealed class NeighbourRankingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<int, int, int> Walks => new()
    {
        // Outer rings reading 8 nodes over the frontier cut every hub's 59 neighbours short; 2000 reads them all.
        { 8, 2, 60 }, { 8, 3, 120 }, { 8, 2, 200 }, { 2000, 2, 60 }, { 2000, 3, 200 },
    };

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Rings_ranked_from_kept_rankings_send_what_the_ring_queries_send_from_every_start(int outerReads, int depth, int limit)
    {
        var engine = await UnitGraph.LoadAsync("ranking-graph.cypher", Token);
        var settings = new GraphOptions { MaxOuterRingReads = outerReads };
        // One ranked walk for all starts, so later walks rank from what earlier ones kept, with other nodes delivered.
        var ranked = UnitGraph.Walk(engine, settings);
        var asked = UnitGraph.Walk(engine, settings, ranked: false);
        var outerRings = 0;

        for (var start = 0; start < 60; start++)
        {
            var expected = Shown(await UnitGraph.RingsAsync(asked, $"n{start}", depth, limit, Token));
            var actual = Shown(await UnitGraph.RingsAsync(ranked, $"n{start}", depth, limit, Token));

            Assert.Equal(expected, actual);
            outerRings += expected.Count - 1;
        }

        Assert.True(outerRings > 30, $"only {outerRings} rings past the first were compared");
    }

    [Fact]
    public async Task A_ring_cut_short_reads_the_first_undelivered_neighbours_in_the_walk_and_sends_the_best_of_them()
    {
        var engine = await UnitGraph.LoadAsync("ring-reads-graph.cypher", Token);

        // The hub's last neighbour, 's', is its best connected; a second ring reading one node of the hub never sees it.
        var rings = await UnitGraph.RingsAsync(UnitGraph.Walk(engine, new GraphOptions { MaxOuterRingReads = 1 }), "c", 2, 9, Token);

        Assert.Equal(2, rings.Count);
        Assert.DoesNotContain("s", rings[1].Nodes.Select(n => n.Data.Id));
        Assert.Equal(["l1", "l2", "l3"], rings[1].Nodes.Select(n => n.Data.Id).Order(StringComparer.Ordinal));
    }

    // What a reader is sent, without the server's timing.
    private static List<string> Shown(List<NeighbourhoodBatch> batches) =>
        [.. batches.Select(b => JsonSerializer.Serialize(b with { ServerMs = 0 }))];
}
