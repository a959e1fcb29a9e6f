using System.Net;
using System.Text.Json;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Neo4j.Testing;
using Chile1973.Graph.Web.Health;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Recovery;

/// <summary>
/// The explorer on Neo4j started while the database is down (the Query API stand-in dropping every
/// connection): readiness and the page say "database unavailable, retrying", and both recover by
/// themselves once the database answers again.
/// </summary>
public sealed class Neo4jOutageTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Explorer_started_while_neo4j_is_down_says_it_is_retrying_and_recovers_when_neo4j_returns()
    {
        var article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
        await using var neo4j = await QueryApiStandIn.StartAsync(GraphStore.Load(article), cancellationToken: Token);
        neo4j.Down = true;
        await using var explorer = new ExplorerAppFactory(settings: new Dictionary<string, string?>
        {
            ["Graph:Engine"] = "Neo4j",
            ["Neo4j:Uri"] = neo4j.Uri.AbsoluteUri,
            ["Neo4j:User"] = neo4j.User,
            ["Neo4j:Password"] = neo4j.Password,
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryDelay"] = "00:00:00.050",
        });

        var (downStatus, downCheck) = await ReadinessAsync(explorer);
        var statuses = new List<GraphStatus>();
        var welcomed = new TaskCompletionSource<GraphInfo>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var page = await explorer.ConnectAsync(Token, c =>
        {
            c.On<GraphStatus>("GraphStatus", s => { lock (statuses) { statuses.Add(s); } });
            c.On<GraphInfo>("Welcome", info => welcomed.TrySetResult(info));
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.StartsWith("database unavailable, retrying", downCheck.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains($"Neo4j unreachable at {neo4j.Uri}", downCheck.GetProperty("description").GetString(), StringComparison.Ordinal);
        await WaitUntilAsync(() => { lock (statuses) { return statuses.Count > 0; } });
        Assert.False(statuses[0].Available);
        Assert.StartsWith("database unavailable, retrying", statuses[0].Message, StringComparison.Ordinal);
        Assert.False(welcomed.Task.IsCompleted, "welcomed to a graph that does not answer");

        neo4j.Down = false;

        var info = await welcomed.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);
        Assert.Equal((article.Nodes.Count, "coup_1973"), (info.Nodes, info.StartNodeId));
        lock (statuses)
        {
            Assert.True(statuses[^1].Available, statuses[^1].Message);
        }

        var (upStatus, upCheck) = await ReadinessAsync(explorer);
        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.Equal(article.Nodes.Count, upCheck.GetProperty("data").GetProperty("nodes").GetInt64());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Check)> ReadinessAsync(ExplorerAppFactory factory)
    {
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };
        using var response = await client.GetAsync("health/ready", Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return (response.StatusCode, body.RootElement.GetProperty("checks").GetProperty("graph-engine").Clone());
    }
}
