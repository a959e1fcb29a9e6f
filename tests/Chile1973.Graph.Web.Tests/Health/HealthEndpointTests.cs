using System.Net;
using System.Text.Json;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Extensions.Options;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Health;

[Collection(ExplorerServerCollection.Name)]
public sealed class HealthEndpointTests(ExplorerServer server)
{
    [Fact]
    public async Task Health_says_the_app_is_alive()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync("health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_says_the_engine_answers_with_the_graph_loaded()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync("health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var check = body.RootElement.GetProperty("checks").GetProperty("graph-engine");
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
        Assert.Equal("embedded", check.GetProperty("data").GetProperty("engine").GetString());
        Assert.True(check.GetProperty("data").GetProperty("nodes").GetInt64() > 0);
    }

    [Fact]
    public async Task The_page_and_its_libraries_are_served_by_the_app_itself()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var page = await client.GetStringAsync("", TestContext.Current.CancellationToken);
        using var vendor = await client.GetAsync("lib/vendor.js", TestContext.Current.CancellationToken);

        Assert.Contains("js/app.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, vendor.StatusCode);
    }

    [Fact]
    public void Start_fails_naming_the_setting_when_the_graph_directory_does_not_exist()
    {
        using var factory = new ExplorerAppFactory(settings: new() { ["Graph:GraphDirectory"] = "/no/such/graph" });

        var error = Assert.ThrowsAny<Exception>(() => factory.StartServer());

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException() is OptionsValidationException e ? e : error);
        Assert.Contains("Graph:GraphDirectory '/no/such/graph' does not exist", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_fails_while_the_configured_Neo4j_server_cannot_be_reached()
    {
        await using var factory = new ExplorerAppFactory(settings: new()
        {
            ["Graph:Engine"] = "Neo4j",
            ["Neo4j:Uri"] = "http://127.0.0.1:9",
            ["Neo4j:MaxRetries"] = "0",
            ["Neo4j:RequestTimeout"] = "00:00:02",
            ["Neo4j:TotalTimeout"] = "00:00:02",
        });
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        using var live = await client.GetAsync("health", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
    }
}
