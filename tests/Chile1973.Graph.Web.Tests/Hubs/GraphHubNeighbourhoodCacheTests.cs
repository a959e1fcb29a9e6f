using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Chile1973.Graph.Web.Tests.Hubs.HubStreams;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// Expansions and searches answered again from the server's caches: the same answer as the first, and a fresh
/// one once the graph has changed. The app is its own, since these tests write to its graph.
/// </summary>
public sealed class GraphHubNeighbourhoodCacheTests : IAsyncLifetime
{
    private readonly GraphFacts facts = GraphFacts.Load();
    private readonly ExplorerAppFactory app = new();
    private HubConnection connection = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => connection = await app.ConnectAsync(Token);

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_repeated_expansion_answers_the_same_elements_in_the_same_order_as_the_first()
    {
        var first = await connection.ReadNeighbourhoodAsync(facts.Coup.Id, 2, 200, Token);
        var second = await connection.ReadNeighbourhoodAsync(facts.Coup.Id, 2, 200, Token);
        await using var other = await app.ConnectAsync(Token);
        var third = await other.ReadNeighbourhoodAsync(facts.Coup.Id, 2, 200, Token);

        Assert.True(first.Sum(b => b.Nodes.Count) > 5, "the coup's neighbourhood must have some nodes to compare");
        Assert.Equal(Shown(first), Shown(second));
        Assert.Equal(Shown(first), Shown(third));
    }

    [Fact]
    public async Task An_expansion_after_the_graph_changed_shows_the_change()
    {
        var before = await connection.ReadNeighbourhoodAsync(facts.Person.Id, 1, 1000, Token);
        Assert.Contains(before[0].Nodes, n => n.Data.Id == facts.Party.Id && n.Data.Label == facts.Party.Name);

        const string renamed = "Renamed while the explorer runs";
        var engine = app.Services.GetRequiredService<ICypherEngine>();
        var write = new CypherQuery("MATCH (n) WHERE n.id = $id SET n.name = $name", new Dictionary<string, object?> { ["id"] = facts.Party.Id, ["name"] = renamed });
        await using (var cursor = await engine.RunAsync(write, new QueryOptions { Mode = AccessMode.Write }, Token))
        {
            var summary = await cursor.ConsumeAsync(Token);
            Assert.Equal(1, summary.Counters.PropertiesSet);
        }

        var after = await connection.ReadNeighbourhoodAsync(facts.Person.Id, 1, 1000, Token);
        var again = await connection.ReadNeighbourhoodAsync(facts.Person.Id, 1, 1000, Token);

        Assert.Equal(renamed, Assert.Single(after[0].Nodes, n => n.Data.Id == facts.Party.Id).Data.Label);
        Assert.Equal(Shown(after), Shown(again));
    }

    [Fact]
    public async Task A_search_repeated_after_the_graph_changed_finds_the_change()
    {
        const string renamed = "Partido Renombrado";
        var before = await connection.InvokeAsync<List<SearchHit>>("Search", renamed, 10, Token);
        Assert.Empty(before);

        var engine = app.Services.GetRequiredService<ICypherEngine>();
        var write = new CypherQuery("MATCH (n) WHERE n.id = $id SET n.name = $name", new Dictionary<string, object?> { ["id"] = facts.Party.Id, ["name"] = renamed });
        await using (var cursor = await engine.RunAsync(write, new QueryOptions { Mode = AccessMode.Write }, Token))
        {
            await cursor.ConsumeAsync(Token);
        }

        var after = await connection.InvokeAsync<List<SearchHit>>("Search", renamed, 10, Token);
        var again = await connection.InvokeAsync<List<SearchHit>>("Search", renamed, 10, Token);

        Assert.Equal(facts.Party.Id, Assert.Single(after).Id);
        Assert.Equal(after.Select(h => (h.Id, h.Name, h.Score)), again.Select(h => (h.Id, h.Name, h.Score)));
    }
}
