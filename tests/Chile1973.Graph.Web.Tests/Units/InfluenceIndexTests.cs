using Chile1973.Graph.Cypher;
using Chile1973.Graph.Web.Lenses.Influence;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>
/// The influence scores are computed once per graph version (influence-graph.cypher beside this file): asked again
/// on the same graph they are the same snapshot, and any committed change is seen, even one that leaves the graph's
/// node and relationship counts as they were.
/// </summary>
public sealed class InfluenceIndexTests
{
    private static readonly string[] Influence = ["influence"];

    [Fact]
    public async Task Scores_asked_again_on_an_unchanged_graph_are_not_computed_again()
    {
        var (_, index) = await LoadAsync();

        var first = await index.GetAsync(Influence, Token);
        var second = await index.GetAsync(Influence, Token);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task A_relationship_moved_out_of_the_category_leaves_the_scores_though_the_counts_are_unchanged()
    {
        var (engine, index) = await LoadAsync();
        var before = await index.GetAsync(Influence, Token);

        await UnitGraph.WriteAsync(engine, "MATCH ()-[r {id: 'cd'}]->() SET r.category = 'alliance'", Token);
        var after = await index.GetAsync(Influence, Token);

        Assert.Equal(["ab", "bc", "cd"], before.Network.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["ab", "bc"], after.Network.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("d", after.Network.Ids);
    }

    private static async Task<(EmbeddedCypherEngine Engine, InfluenceIndex Index)> LoadAsync()
    {
        var engine = await UnitGraph.LoadAsync("influence-graph.cypher", Token);
        return (engine, new InfluenceIndex(UnitGraph.Runner(engine), engine, NullLogger<InfluenceIndex>.Instance));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
