using System.Net;
using System.Text.Json;
using Chile1973.Graph.Neo4j.Testing;
using Chile1973.Graph.Web.Tests.Fixtures;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Health;

/// <summary>Readiness of the explorer configured for Neo4j: it follows whether the Query API answers.</summary>
public sealed class Neo4jReadinessTests(TwoEngineExplorers explorers) : IClassFixture<TwoEngineExplorers>
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_on_neo4j_says_the_engine_answers_with_the_same_graph_size()
    {
        var embedded = await ReadinessAsync(explorers.Embedded);

        var onNeo4j = await ReadinessAsync(explorers.OnNeo4j);

        Assert.Equal((HttpStatusCode.OK, "neo4j"), (onNeo4j.Status, onNeo4j.Check.GetProperty("data").GetProperty("engine").GetString()));
        Assert.Equal(
            embedded.Check.GetProperty("data").GetProperty("nodes").GetInt64(),
            onNeo4j.Check.GetProperty("data").GetProperty("nodes").GetInt64());
    }

    [Fact]
    public async Task Readiness_on_neo4j_with_a_wrong_password_is_unhealthy_and_says_why()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        await using var factory = new ExplorerAppFactory(settings: new Dictionary<string, string?>
        {
            ["Graph:Engine"] = "Neo4j",
            ["Neo4j:Uri"] = standIn.Uri.AbsoluteUri,
            ["Neo4j:User"] = standIn.User,
            ["Neo4j:Password"] = "not-the-password",
        });

        var (status, check) = await ReadinessAsync(factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Contains("Invalid username or password", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Check)> ReadinessAsync(ExplorerAppFactory factory)
    {
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };
        using var response = await client.GetAsync("health/ready", Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return (response.StatusCode, body.RootElement.GetProperty("checks").GetProperty("graph-engine").Clone());
    }
}
