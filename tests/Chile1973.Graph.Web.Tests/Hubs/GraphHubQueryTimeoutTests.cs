using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// A hub call whose query runs past <c>Graph:QueryTimeout</c> is stopped by the engine at that limit and ends with the
/// hub's "took too long" error, a stream as well as a call, and the connection goes on answering.
/// </summary>
public sealed class GraphHubQueryTimeoutTests
{
    private const string TookTooLong = "The request took too long or found too much; try a smaller one.";
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task A_neighbourhood_and_a_search_past_the_query_time_limit_end_with_the_hubs_error_and_the_connection_keeps_answering()
    {
        var slowness = new SlowQueryEngine.Slowness(ExplorerQueries.RingCandidates, ExplorerQueries.Search);
        await using var factory = new ExplorerAppFactory(
            engine => new SlowQueryEngine(engine, slowness),
            new Dictionary<string, string?> { ["Graph:QueryTimeout"] = Limit.ToString(), ["Graph:WarmUp"] = "00:00:00" });
        await using var connection = await factory.ConnectAsync(Token);

        var stream = await Assert.ThrowsAsync<HubException>(() => connection.ReadNeighbourhoodAsync(facts.Person.Id, 2, 50, Token));
        var search = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token));

        Assert.Equal($"An error occurred on the server while streaming results. HubException: {TookTooLong}", stream.Message);
        Assert.Equal($"An unexpected error occurred invoking 'Search' on the server. HubException: {TookTooLong}", search.Message);
        // The hub gave each query Graph:QueryTimeout, and the engine stopped each there instead of counting on.
        Assert.Equal([(Limit, "TimeoutExceeded"), (Limit, "TimeoutExceeded")], slowness.Runs);
        slowness.Stop();
        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Contains((await connection.ReadNeighbourhoodAsync(facts.Person.Id, 2, 50, Token))[0].Nodes, n => n.Data.Id == facts.Person.Id);
        Assert.Contains(await connection.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token), h => h.Id == facts.Person.Id);
    }
}
