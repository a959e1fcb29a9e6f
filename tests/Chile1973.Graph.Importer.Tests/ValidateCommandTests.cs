using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_exits_0_and_sums_up_a_clean_graph()
    {
        var run = await CliRun.RunAsync(CliRun.On("valid", "validate"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("OK: 3 nodes and 3 relationships in 3 file(s), every quote found in its seed; 0 story file(s) checked.", run.Output.Trim());
    }

    [Fact]
    public async Task Validate_with_review_lists_each_relationship_whose_quote_names_neither_end_with_its_reviewed_reason()
    {
        var run = await CliRun.RunAsync("validate", "--review");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("OK: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("graph/relationships/plot.csv:", StringComparison.Ordinal)
            && l.Contains(": (coup_conspiracy_1973)-[:LED_TO]->(coup_1973): reviewed: 'That there was a coup in the making was no secret'", StringComparison.Ordinal));
        Assert.EndsWith("0 not yet reviewed (list the reviewed ones in review/quotes-naming-neither-end.csv with a reason).", lines[^1], StringComparison.Ordinal);
        Assert.Equal(lines.Length - 2, int.Parse(lines[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Validate_lists_every_problem_as_path_line_field_message_and_exits_1()
    {
        var run = await CliRun.RunAsync(CliRun.On("broken", "validate"));

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(29, lines.Length);
        Assert.Contains("graph/nodes/persons.csv:3: id:ID: duplicate node id 'ana_perez', first defined at graph/nodes/persons.csv:2", lines);
        Assert.Contains("graph/relationships/links.csv:4: :END_ID: no node has id 'nobody_here'", lines);
        Assert.Contains("graph/nodes/unions.csv:1: quote: missing required column", lines);
        Assert.Contains("graph/relationships/links.csv:14: :TYPE: type 'ADMIRED' has no category: declare it in graph/vocabulary/relationship-types.csv", lines);
        Assert.Equal("28 problem(s) in 4 file(s).", lines[^1]);
    }

    [Fact]
    public async Task Validate_checks_the_stories_and_names_file_line_and_field_of_each_problem()
    {
        var run = await CliRun.RunAsync(CliRun.On("story-problems", "validate"));

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "graph/stories/port.md:26: query: DETACH would change the graph; a story's query must only read (line 2, column 1 (offset: 35))",
                "graph/stories/port.md:36: focus: no node has id 'pedro_diaz'",
                "graph/stories/port.md:41: quote: quote not found verbatim in any seed",
                "3 problem(s) in 1 story file(s).",
            ],
            lines);
    }

    public static TheoryData<string> BrokenFileCases() =>
        [.. Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "BrokenFiles")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BrokenFileCases))]
    public async Task Validate_prints_exactly_the_expected_lines_of_each_broken_file_case(string name)
    {
        // The corpus of Core.Tests/GraphFiles/BrokenFiles: what a curator sees in the terminal, line for line.
        var folder = Path.Combine(AppContext.BaseDirectory, "BrokenFiles", name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"));

        var run = await CliRun.RunAsync("validate", "--graph", Path.Combine(folder, "graph"), "--seeds", CliRun.TestData("valid/seeds"));

        Assert.Equal(string.Concat(expected.Select(line => line + Environment.NewLine)), run.Output);
        Assert.Equal("", run.Error);
        Assert.Equal(expected[^1].StartsWith("OK: ", StringComparison.Ordinal) ? 0 : 1, run.ExitCode);
    }

    [Fact]
    public async Task Validate_checks_the_project_graph_by_default()
    {
        var run = await CliRun.RunAsync("validate");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("OK: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_a_missing_graph_directory_and_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "chile1973-tests", Guid.NewGuid().ToString("N"), "graph");

        var run = await CliRun.RunAsync("validate", "--graph", missing, "--seeds", CliRun.TestData("valid/seeds"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("graph/nodes:0: file: directory not found", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats")]
    [InlineData("export")]
    [InlineData("coverage")]
    [InlineData("query")]
    public async Task Every_command_has_help(string command)
    {
        var run = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--graph", run.Output, StringComparison.Ordinal);
        Assert.Contains("--seeds", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_help_lists_the_commands_and_an_unknown_command_exits_1()
    {
        var help = await CliRun.RunAsync("--help");
        var unknown = await CliRun.RunAsync("frobnicate");

        Assert.Equal(0, help.ExitCode);
        Assert.All(["validate", "stats", "export", "coverage", "query"], c => Assert.Contains(c, help.Output, StringComparison.Ordinal));
        Assert.Equal(1, unknown.ExitCode);
    }
}
