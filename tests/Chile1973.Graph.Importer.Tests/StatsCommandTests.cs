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

    /// <summary>The data rows of the printed tables as "key count".</summary>
    private static List<string> Rows(string output) =>
        [.. TableRow().Matches(output).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")];

    [GeneratedRegex(@"│ (\w+) +│ +(\d+) │")]
    private static partial Regex TableRow();
}
