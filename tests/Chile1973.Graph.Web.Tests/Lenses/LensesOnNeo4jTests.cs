using System.Text.Json;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Lenses;

/// <summary>Every lens answers the same on Neo4j (over the Query API) as on the embedded engine.</summary>
public sealed class LensesOnNeo4jTests(TwoEngineExplorers explorers) : TwoEngineHubTests(explorers)
{
    private readonly LensFacts facts = LensFacts.Load();

    [Fact]
    public async Task Influence_ranking_on_neo4j_has_the_same_nodes_scores_and_evidence_in_the_same_order()
    {
        var expected = await Embedded.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(25), Token);

        var actual = await OnNeo4j.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(25), Token);

        Assert.NotEmpty(expected.Items);
        Assert.Equal(Json(expected), Json(actual));
    }

    [Theory]
    [InlineData(PathRequest.Shortest)]
    [InlineData(PathRequest.AllShortest)]
    [InlineData(PathRequest.KShortest)]
    public async Task Paths_on_neo4j_are_the_same_paths_in_the_same_order(string mode)
    {
        var request = new PathRequest(mode, facts.K, facts.MaxLength);
        var expected = await Embedded.ReadPathsAsync(facts.PathFrom, facts.PathTo, request, Token);

        var actual = await OnNeo4j.ReadPathsAsync(facts.PathFrom, facts.PathTo, request, Token);

        Assert.NotEmpty(expected);
        Assert.Equal(Json(expected), Json(actual));
    }

    [Theory]
    [InlineData(ChainRequest.Forward)]
    [InlineData(ChainRequest.Backward)]
    public async Task Chain_on_neo4j_is_the_same_steps_in_the_same_order(string direction)
    {
        var start = direction == ChainRequest.Forward ? facts.ForwardFrom : facts.BackwardFrom;
        var expected = await Embedded.ReadChainAsync(start, new ChainRequest(direction, 60), Token);

        var actual = await OnNeo4j.ReadChainAsync(start, new ChainRequest(direction, 60), Token);

        Assert.NotEmpty(expected);
        Assert.Equal(Json(expected), Json(actual));
    }

    [Fact]
    public async Task Influence_tree_on_neo4j_is_the_same_tree()
    {
        var expected = await Embedded.ReadInfluenceTreeAsync(facts.InfluenceNode, InfluenceLens.ShapedBy, 3, Token);

        var actual = await OnNeo4j.ReadInfluenceTreeAsync(facts.InfluenceNode, InfluenceLens.ShapedBy, 3, Token);

        Assert.NotEmpty(expected);
        Assert.Equal(Json(expected), Json(actual));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
