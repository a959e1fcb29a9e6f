using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Engines;

/// <summary>
/// The explorer opens a generated graph (one <c>nodes.csv</c> and one <c>relationships.csv</c>, no quotes or
/// vocabulary) when told it is not the curated one, and refuses it as curated, naming what it lacks.
/// </summary>
public sealed class GeneratedGraphTests
{
    private static readonly string Graph = Path.Combine(AppContext.BaseDirectory, "Engines", "GeneratedGraph", "graph");

    [Fact]
    public async Task Explorer_searches_and_details_a_generated_graph_opened_as_not_curated()
    {
        await using var factory = OpenedAsNotCurated();
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };
        var token = TestContext.Current.CancellationToken;

        using var ready = JsonDocument.Parse(await client.GetStringAsync("health/ready", token));
        using var search = JsonDocument.Parse(await client.GetStringAsync("api/search?q=Person", token));
        using var details = JsonDocument.Parse(await client.GetStringAsync("api/nodes/n2", token));

        var data = ready.RootElement.GetProperty("checks").GetProperty("graph-engine").GetProperty("data");
        Assert.Equal(3, data.GetProperty("nodes").GetInt64());
        var hit = Assert.Single(search.RootElement.EnumerateArray());
        Assert.Equal(("n2", "Person 2", "Person"), (hit.GetProperty("id").GetString(), hit.GetProperty("name").GetString(), hit.GetProperty("kind").GetString()));
        Assert.Equal("1950", details.RootElement.GetProperty("start").GetString());
        Assert.Equal(2, details.RootElement.GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task Explorer_builds_its_search_index_before_it_says_it_is_ready()
    {
        // On a million nodes the index takes seconds; built by the first search, it held up every reader behind it.
        await using var factory = OpenedAsNotCurated();
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        using var ready = await client.GetAsync("health/ready", TestContext.Current.CancellationToken);

        Assert.True(ready.IsSuccessStatusCode, $"{ready.StatusCode}");
        var engine = Assert.IsType<EmbeddedCypherEngine>(factory.Services.GetRequiredService<ICypherEngine>());
        Assert.True(engine.IndexesBuilt);
    }

    private static ExplorerAppFactory OpenedAsNotCurated() => new(settings: new()
    {
        ["Graph:GraphDirectory"] = Graph,
        ["Graph:Curated"] = "false",
        ["Graph:StartNodeId"] = "n2",
    });

    [Fact]
    public void Explorer_refuses_a_generated_graph_as_curated_naming_the_missing_provenance()
    {
        using var factory = new ExplorerAppFactory(settings: new() { ["Graph:GraphDirectory"] = Graph });

        var error = Assert.ThrowsAny<Exception>(() => factory.StartServer());

        Assert.Contains("graph/nodes.csv:1: source: missing required column", error.ToString(), StringComparison.Ordinal);
    }
}
