using Xunit;

namespace Chile1973.Graph.Importer.Tests.Neo4jTarget;

/// <summary>
/// <c>stats</c>, <c>export</c> and <c>coverage</c> ask their engine in Cypher, so with <c>--target neo4j</c>
/// they print what they print on the embedded engine over the same files.
/// </summary>
public sealed class CountAndExportNeo4jCommandTests(ArticleStandIn neo4j) : IClassFixture<ArticleStandIn>
{
    [Theory]
    [InlineData("export")]
    [InlineData("stats")]
    [InlineData("coverage")]
    public async Task Command_on_neo4j_prints_what_it_prints_on_the_embedded_engine(string command)
    {
        var embedded = await CliRun.RunAsync(command);

        var onNeo4j = await CliRun.RunAsync([command, .. neo4j.Target]);

        Assert.Equal((0, 0), (embedded.ExitCode, onNeo4j.ExitCode));
        Assert.NotEmpty(embedded.Output.Trim());
        Assert.Equal(embedded.Output, onNeo4j.Output);
    }

    [Fact]
    public async Task Export_from_neo4j_holds_every_node_with_its_quote()
    {
        var run = await CliRun.RunAsync(["export", .. neo4j.Target]);

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var allende = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "salvador_allende");
        Assert.Equal("Person", allende.GetProperty("labels")[0].GetString());
        Assert.False(string.IsNullOrEmpty(allende.GetProperty("properties").GetProperty("quote").GetString()));
    }
}
