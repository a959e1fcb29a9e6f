using System.Text.RegularExpressions;
using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed partial class StatsCommandTests
{
    [Fact]
    public async Task Stats_counts_nodes_by_label_and_relationships_by_type()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "stats"));

        Assert.Equal(0, run.ExitCode);
        var rows = Rows(run.Output);
        Assert.Equal(["Person 2", "Place 1", "total 3", "KNEW 2", "LIVED_IN 1", "total 3"], rows);
    }

    [Fact]
    public async Task Stats_totals_match_the_project_graph()
    {
        var graph = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());

        var run = await CliRun.RunAsync("stats");

        var totals = Rows(run.Output).Where(r => r.StartsWith("total ", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"total {graph.Nodes.Count}", $"total {graph.Relationships.Count}"], totals);
    }

    [Fact]
    public async Task Stats_on_a_broken_graph_prints_the_problems_and_exits_1()
    {
        var run = await CliRun.RunAsync(CliRun.On("broken", "stats"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("28 problem(s) in the graph files; nothing was counted.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_opens_a_generated_graph_without_provenance_when_told_it_is_not_curated()
    {
        var graph = Path.Combine(CliRun.TestData("generated"), "graph");

        var curated = await CliRun.RunAsync("stats", "--graph", graph);
        var uncurated = await CliRun.RunAsync("stats", "--graph", graph, "--uncurated");

        Assert.Equal(1, curated.ExitCode);
        Assert.Contains("graph/nodes.csv:1: source: missing required column", curated.Error, StringComparison.Ordinal);
        Assert.Equal(0, uncurated.ExitCode);
        Assert.Equal(["Event 1", "Organization 1", "Person 1", "total 3", "MEMBER_OF 2", "MENTIONS 1", "total 3"], Rows(uncurated.Output));
    }

    /// <summary>The data rows of the printed tables as "key count".</summary>
    private static List<string> Rows(string output) =>
        [.. TableRow().Matches(output).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")];

    [GeneratedRegex(@"│ (\w+) +│ +(\d+) │")]
    private static partial Regex TableRow();
}
