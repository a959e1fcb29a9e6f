using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests;

public sealed class ServiceRegistrationTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Configured_app_resolves_the_Neo4j_engine_as_its_Cypher_port_and_queries_through_it()
    {
        await using var server = await FaultServer.StartAsync(Fault.Ok(Engines.OneRow));
        using var host = Build(new()
        {
            ["Neo4j:Uri"] = server.Uri.ToString(),
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = "verysecret",
            ["Neo4j:Database"] = "graph",
            ["Neo4j:RequestTimeout"] = "00:00:20",
        });
        await host.StartAsync(Token);

        var engine = host.Services.GetRequiredService<ICypherEngine>();
        await using var cursor = await engine.RunAsync(new CypherQuery("RETURN 1 AS n"), QueryOptions.Read, Token);
        await cursor.ConsumeAsync(Token);

        Assert.Equal("neo4j", engine.Name);
        Assert.Equal(TimeSpan.FromSeconds(20), host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value.RequestTimeout);
        // A loaded machine may time an attempt out and retry it; every attempt must still go to the configured database.
        Assert.NotEmpty(server.Requests);
        Assert.All(server.Requests, r => Assert.Equal("/db/graph/query/v2", r.Path));
        await host.StopAsync(Token);
    }

    [Fact]
    public async Task Bad_configuration_fails_at_start_naming_each_setting()
    {
        using var host = Build(new() { ["Neo4j:Uri"] = "bolt://localhost:7687", ["Neo4j:User"] = "neo4j" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Token));

        Assert.Contains(error.Failures, f => f.Contains("Neo4j:Uri must be an absolute http:// or https:// address", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Neo4j:User and Neo4j:Password go together", StringComparison.Ordinal));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNeo4jEngine(builder.Configuration);
        return builder.Build();
    }
}
