using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Lenses;

[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubInfluenceTests(ExplorerServer server) : ExplorerHubTests(server)
{
    private readonly LensFacts facts = LensFacts.Load();

    [Fact]
    public async Task Influence_ranking_lists_distinct_nodes_highest_score_first_each_with_a_quoted_evidence_it_takes_part_in()
    {
        var ranking = await Connection.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(10), Token);

        Assert.Equal(10, ranking.Items.Count);
        Assert.Equal(ranking.Items.Count, ranking.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(ranking.Items.Select(i => i.Score).OrderDescending(), ranking.Items.Select(i => i.Score));
        Assert.All(ranking.Items, item =>
        {
            Assert.InRange(item.Score, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(item.Name));
            var evidence = item.Evidence?.Data;
            Assert.NotNull(evidence);
            Assert.Contains(item.Id, new[] { evidence.Source, evidence.Target });
            Assert.Equal("influence", evidence.Category);
            Assert.False(string.IsNullOrWhiteSpace(evidence.Quote));
        });
    }

    [Fact]
    public async Task Influence_ranking_is_the_same_on_every_call()
    {
        var first = await Connection.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(20), Token);
        var second = await Connection.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(20), Token);

        Assert.Equal(first.Items.Select(i => (i.Id, i.Score)), second.Items.Select(i => (i.Id, i.Score)));
    }

    [Fact]
    public async Task Shaped_by_tree_reaches_the_known_influences_through_influence_relationships_pointing_at_the_tree()
    {
        var steps = await Connection.ReadInfluenceTreeAsync(facts.InfluenceNode, InfluenceLens.ShapedBy, 2, Token);

        Assert.All(facts.ShapedBy, id => Assert.Contains(steps, s => s.Depth == 1 && s.To.Data.Id == id));
        var inTree = new HashSet<string> { facts.InfluenceNode };
        Assert.Equal(steps.Select(s => s.Depth).Order(), steps.Select(s => s.Depth));
        foreach (var step in steps)
        {
            Assert.Contains(step.From.Data.Id, inTree);
            Assert.True(inTree.Add(step.To.Data.Id), $"{step.To.Data.Id} reached twice");
            Assert.Equal((step.To.Data.Id, step.From.Data.Id), (step.Edge.Data.Source, step.Edge.Data.Target));
            Assert.Equal("influence", step.Edge.Data.Category);
        }
    }

    [Fact]
    public async Task Shaped_tree_follows_influence_relationships_away_from_the_node()
    {
        var shapedBy = await Connection.ReadInfluenceTreeAsync(facts.InfluenceNode, InfluenceLens.ShapedBy, 1, Token);
        var shaped = await Connection.ReadInfluenceTreeAsync(shapedBy[0].To.Data.Id, InfluenceLens.Shaped, 1, Token);

        Assert.Contains(shaped, s => s.To.Data.Id == facts.InfluenceNode);
        Assert.All(shaped, s => Assert.Equal(s.From.Data.Id, s.Edge.Data.Source));
    }

    [Theory]
    [InlineData("nobody_here", "shaped", 1, "There is no node 'nobody_here'.")]
    [InlineData("socialist_party", "sideways", 1, "direction must be 'shapedBy' or 'shaped'; it was 'sideways'.")]
    [InlineData("socialist_party", "shaped", 0, "depth must be between 1 and 4; it was 0.")]
    public async Task Influence_tree_refuses_unknown_nodes_and_bad_requests_with_a_plain_message(string nodeId, string direction, int depth, string message)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection.ReadInfluenceTreeAsync(nodeId, direction, depth, Token));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Influence_ranking_refuses_a_top_out_of_range()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(0), Token));

        Assert.Contains("top must be between 1 and 500; it was 0.", error.Message, StringComparison.Ordinal);
    }
}
