using System.Text.Json;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Importer.Export;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_writes_the_json_contract_to_standard_output()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "export", "--format", "json"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var nodes = json.RootElement.GetProperty("nodes");
        Assert.Equal(["ana_perez", "juan_soto", "valparaiso"], nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var ana = nodes[0];
        Assert.Equal("Person", ana.GetProperty("labels")[0].GetString());
        var properties = ana.GetProperty("properties");
        Assert.Equal("Ana Perez", properties.GetProperty("name").GetString());
        Assert.Equal(["Ana", "La Profesora"], properties.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("1990-05-01", properties.GetProperty("end").GetString());
        Assert.Equal(1930, properties.GetProperty("born_year").GetInt64());
        var knew = json.RootElement.GetProperty("relationships").EnumerateArray().First();
        Assert.Equal(
            ("ana_perez-KNEW-juan_soto", "KNEW", "ana_perez", "juan_soto"),
            (knew.GetProperty("id").GetString(), knew.GetProperty("type").GetString(), knew.GetProperty("start").GetString(), knew.GetProperty("end").GetString()));
        Assert.Equal("Ana Perez knew Juan Soto.", knew.GetProperty("properties").GetProperty("quote").GetString());
        Assert.Equal("seed_a", knew.GetProperty("properties").GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("valid")]
    [InlineData(null)]
    public async Task Export_round_trips_to_the_same_graph(string? testGraph)
    {
        var output = Path.Combine(Path.GetTempPath(), "chile1973-tests", Guid.NewGuid().ToString("N") + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var args = testGraph is null ? ["export", "--out", output] : CliRun.On(testGraph, "export", "--out", output);
        var original = testGraph is null
            ? GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory())
            : GraphDirectory.Load(Path.Combine(CliRun.TestData(testGraph), "graph"), Path.Combine(CliRun.TestData(testGraph), "seeds"));

        var run = await CliRun.RunAsync(args);
        KnowledgeGraph loaded;
        using (var file = File.OpenRead(output))
        {
            loaded = GraphJson.Read(file);
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Describe(original), Describe(loaded));
    }

    [Fact]
    public async Task Export_is_byte_identical_run_after_run()
    {
        var first = await CliRun.RunAsync(CliRun.On("valid", "export"));
        var second = await CliRun.RunAsync(CliRun.On("valid", "export"));

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Export_keeps_floats_apart_from_integers()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "export"));

        Assert.Contains("\"weight\": 2.0", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"born_year\": 1930,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_a_broken_graph_writes_no_json_and_exits_1()
    {
        var run = await CliRun.RunAsync(CliRun.On("broken", "export"));

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("28 problem(s) in the graph files; nothing was exported.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_rejects_an_unknown_format()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "export", "--format", "xml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A graph as comparable text: every node and relationship with its typed properties, in id order.</summary>
    private static List<string> Describe(KnowledgeGraph graph) =>
    [
        .. graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => $"({n.Id}:{n.Kind} {Format(GraphProperties.Of(n))})"),
        .. graph.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => $"({r.StartId})-[{r.Id}:{r.Type} {Format(GraphProperties.Of(r))}]->({r.EndId})"),
    ];

    private static string Format(Dictionary<string, object?> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Format(p.Value)}"));

    private static string Format(object? value) => value switch
    {
        List<object?> list => "[" + string.Join(", ", list.Select(Format)) + "]",
        string text => $"'{text}'",
        double number => $"{number:R}d",
        long integer => $"{integer}L",
        bool flag => flag ? "true" : "false",
        _ => $"?{value}",
    };
}
