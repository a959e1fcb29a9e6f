using System.Text.Json;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// The explorer runs unchanged on either engine (issue 6): the hub answers Search, GetNode and
/// StreamNeighbourhood with the same results on Neo4j (over the Query API) as on the embedded engine.
/// </summary>
public sealed class GraphHubOnNeo4jTests(TwoEngineExplorers explorers) : TwoEngineHubTests(explorers)
{
    [Theory]
    [InlineData("allende")]
    [InlineData("PINOCHET")]
    [InlineData("unidad pop")]
    [InlineData("union")]
    [InlineData("a")]
    [InlineData("') RETURN 1 //")]
    public async Task Search_on_neo4j_finds_the_same_hits_in_the_same_order_as_on_the_embedded_engine(string text)
    {
        var expected = await Embedded.InvokeAsync<List<SearchHit>>("Search", text, 20, Token);

        var actual = await OnNeo4j.InvokeAsync<List<SearchHit>>("Search", text, 20, Token);

        Assert.Equal(Json(expected), Json(actual));
        Assert.Contains(Explorers.Neo4jRequests, r => r.Statement.Contains("db.index.fulltext.queryNodes('node_names'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("salvador_allende")]
    [InlineData("augusto_pinochet")]
    [InlineData("socialist_party")]
    [InlineData("coup_1973")]
    [InlineData("chile")]
    public async Task GetNode_on_neo4j_returns_the_same_details_as_on_the_embedded_engine(string id)
    {
        var expected = await Embedded.InvokeAsync<NodeDetails>("GetNode", id, Token);

        var actual = await OnNeo4j.InvokeAsync<NodeDetails>("GetNode", id, Token);

        Assert.NotEmpty(expected.Relationships);
        Assert.Equal(Json(expected), Json(actual));
    }

    [Theory]
    [InlineData("salvador_allende", 2, 300)]
    [InlineData("coup_1973", 3, 60)]
    [InlineData("socialist_party", 1, 1000)]
    public async Task StreamNeighbourhood_on_neo4j_streams_the_same_rings_as_on_the_embedded_engine(string id, int depth, int limit)
    {
        var expected = await Embedded.ReadNeighbourhoodAsync(id, depth, limit, Token);

        var actual = await OnNeo4j.ReadNeighbourhoodAsync(id, depth, limit, Token);

        Assert.True(expected.Sum(b => b.Nodes.Count + b.Edges.Count) > 10, "the neighbourhood must hold enough to compare");
        // ServerMs is a timing; everything the page draws must be equal.
        Assert.Equal(Json(expected.Select(b => b with { ServerMs = 0 })), Json(actual.Select(b => b with { ServerMs = 0 })));
    }

    [Fact]
    public async Task GetNode_of_an_unknown_node_fails_with_the_same_message_on_neo4j()
    {
        var expected = await Assert.ThrowsAsync<HubException>(() => Embedded.InvokeAsync<NodeDetails>("GetNode", "no_such_node", Token));

        var actual = await Assert.ThrowsAsync<HubException>(() => OnNeo4j.InvokeAsync<NodeDetails>("GetNode", "no_such_node", Token));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public async Task Welcome_on_neo4j_names_the_engine_and_gives_the_same_graph_size_and_first_view()
    {
        var expected = await WelcomeAsync(Explorers.Embedded);

        var actual = await WelcomeAsync(Explorers.OnNeo4j);

        Assert.Equal("neo4j", actual.Engine);
        Assert.Equal(Json(expected with { Engine = "neo4j" }), Json(actual));
        Assert.Contains(Explorers.Neo4jRequests, r => r.Mode == AccessMode.Read && r.Statement == ExplorerQueries.Counts);
    }

    private static async Task<GraphInfo> WelcomeAsync(ExplorerAppFactory factory)
    {
        var welcome = new TaskCompletionSource<GraphInfo>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await factory.ConnectAsync(Token, c => c.On<GraphInfo>(nameof(IGraphClient.Welcome), info => welcome.TrySetResult(info)));
        return await welcome.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
