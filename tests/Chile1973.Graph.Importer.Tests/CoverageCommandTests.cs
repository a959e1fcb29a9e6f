using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Importer.Coverage;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed class CoverageCommandTests
{
    private static IReadOnlyList<UncoveredName> Find()
    {
        var root = CliRun.TestData("coverage");
        var graph = GraphDirectory.Load(Path.Combine(root, "graph"), Path.Combine(root, "seeds"));
        return NameCoverage.Find(SeedLibrary.Load(Path.Combine(root, "seeds")), graph.Nodes.SelectMany(n => n.Aliases.Prepend(n.Name)));
    }

    [Fact]
    public void Coverage_lists_names_no_node_has_with_counts_and_first_line()
    {
        var uncovered = Find();

        Assert.Equal(
            [new UncoveredName("Dock Union", 2, "story", 3), new UncoveredName("Junta de Vecinos y Amigos", 1, "story", 5)],
            uncovered);
    }

    [Fact]
    public void Coverage_ignores_names_and_aliases_the_graph_has_in_any_case_or_accent()
    {
        var names = Find().Select(n => n.Name).ToList();

        // "Perez's" is the alias Perez; "Valparaiso" is the node Valparaíso; "CIA" an alias.
        Assert.DoesNotContain(names, n => n.Contains("Perez", StringComparison.Ordinal) || n.Contains("Soto", StringComparison.Ordinal));
        Assert.DoesNotContain("Valparaiso", names);
        Assert.DoesNotContain("CIA", names);
    }

    [Fact]
    public void Coverage_skips_capitalised_common_words_at_sentence_start()
    {
        var names = Find().Select(n => n.Name).ToList();

        Assert.DoesNotContain("The", names);
        Assert.DoesNotContain("However", names);
        Assert.DoesNotContain("Later", names);
    }

    [Fact]
    public async Task Coverage_command_prints_a_table_and_a_summary()
    {
        var run = await CliRun.RunAsync(CliRun.On("coverage", "coverage"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Dock Union", run.Output, StringComparison.Ordinal);
        Assert.Contains("story:3", run.Output, StringComparison.Ordinal);
        Assert.Contains("name(s) in the seeds match no node name or alias.", run.Output, StringComparison.Ordinal);
    }
}
