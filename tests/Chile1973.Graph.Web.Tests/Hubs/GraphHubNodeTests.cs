using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubNodeTests(ExplorerServer server)
{
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task GetNode_returns_the_node_with_its_provenance_and_every_relationship_with_its_quote()
    {
        await using var connection = await server.Factory.ConnectAsync(TestContext.Current.CancellationToken);

        var node = await connection.InvokeAsync<NodeDetails>("GetNode", facts.Person.Id, TestContext.Current.CancellationToken);

        Assert.Equal(facts.Person.Name, node.Name);
        Assert.Equal("Person", node.Kind);
        Assert.False(string.IsNullOrWhiteSpace(node.Quote));
        Assert.False(string.IsNullOrWhiteSpace(node.Source));
        Assert.NotEmpty(node.Relationships);
        Assert.All(node.Relationships, r => Assert.False(string.IsNullOrWhiteSpace(r.Quote), $"{r.Id} has no quote"));
        var membership = Assert.Single(node.Relationships, r => r.Type == facts.Party.Relationship && r.OtherId == facts.Party.Id);
        Assert.Equal("out", membership.Direction);
        Assert.Equal(facts.Party.Name, membership.OtherName);
        Assert.Contains(facts.QuoteOfMembership, membership.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNode_sees_incoming_relationships_from_the_other_end()
    {
        await using var connection = await server.Factory.ConnectAsync(TestContext.Current.CancellationToken);

        var party = await connection.InvokeAsync<NodeDetails>("GetNode", facts.Party.Id, TestContext.Current.CancellationToken);

        var membership = Assert.Single(party.Relationships, r => r.Type == facts.Party.Relationship && r.OtherId == facts.Person.Id);
        Assert.Equal("in", membership.Direction);
    }

    [Fact]
    public async Task GetNode_of_an_unknown_node_fails_with_a_clear_message()
    {
        await using var connection = await server.Factory.ConnectAsync(TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<HubException>(() =>
            connection.InvokeAsync<NodeDetails>("GetNode", "no_such_node", TestContext.Current.CancellationToken));

        Assert.Contains("no node 'no_such_node'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connecting_welcomes_the_page_with_the_engine_the_graph_size_and_the_first_view()
    {
        var welcome = new TaskCompletionSource<GraphInfo>(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var connection = await server.Factory.ConnectAsync(
            TestContext.Current.CancellationToken, c => c.On<GraphInfo>(nameof(IGraphClient.Welcome), info => welcome.TrySetResult(info)));
        var info = await welcome.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal("embedded", info.Engine);
        Assert.True(info.Nodes > 0);
        Assert.True(info.Relationships > 0);
        Assert.Equal(facts.StartNodeId, info.StartNodeId);
    }
}
