using Chile1973.Graph.Tck.Gherkin;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Gherkin;

public sealed class GherkinReaderTests
{
    [Fact]
    public void Reader_reads_background_scenarios_and_outline_of_a_feature()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Sample.feature"));

        Assert.Equal("Sample - a feature with a background and an outline", feature.Name);
        Assert.Equal(["@featureTag"], feature.Tags);
        Assert.Equal(["Given", "Given"], feature.Background.Select(s => s.Keyword));
        Assert.Equal("CREATE (:A {name: 'a'})", feature.Background[1].DocString);
        Assert.Equal(["[1] Plain scenario", "[2] Ignored scenario", "[3] Outline over <what>"], feature.Scenarios.Select(s => s.Name));
    }

    [Fact]
    public void Reader_resolves_And_to_the_keyword_before_it()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Sample.feature"));

        var steps = feature.Scenarios[0].Steps;

        Assert.Equal(["When", "Then", "Then"], steps.Select(s => s.Keyword));
        Assert.Equal("no side effects", steps[2].Text);
    }

    [Fact]
    public void Reader_keeps_doc_string_lines_and_their_relative_indentation()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Sample.feature"));

        Assert.Equal("MATCH (n)\n  RETURN n", feature.Scenarios[0].Steps[0].DocString);
    }

    [Fact]
    public void Reader_gives_scenario_tags_plus_feature_tags()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Sample.feature"));

        Assert.Equal(["@featureTag", "@ignore", "@skipStyleCheck"], feature.Scenarios[1].Tags);
    }

    [Fact]
    public void Reader_unescapes_pipes_in_examples_cells()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Sample.feature"));

        var examples = feature.Scenarios[2].Examples;

        Assert.NotNull(examples);
        Assert.Equal(["what", "expr", "result"], examples.Header);
        Assert.Equal(["a pipe", "'|'", "'|'"], examples.Rows[2]);
    }

    [Fact]
    public void Reader_accepts_crlf_and_a_tab_indented_doc_string()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Crlf.feature"));

        var steps = feature.Scenarios.Single().Steps;

        Assert.Equal("MATCH (n) WHERE (n)-->()\n  RETURN n", steps[2].DocString);
        Assert.Equal("a SyntaxError should be raised at compile time: UndefinedVariable", steps[3].Text);
    }

    [Fact]
    public void Reader_reads_a_lone_pipe_as_a_table_of_no_columns()
    {
        var feature = GherkinReader.ReadFile(TestData.PathOf("Crlf.feature"));

        var table = feature.Scenarios.Single().Steps[1].Table;

        Assert.NotNull(table);
        Assert.Empty(Assert.Single(table.Rows));
    }

    [Theory]
    [InlineData(@"| a | b |", new[] { "a", "b" })]
    [InlineData(@"|  'x\|y'  |", new[] { "'x|y'" })]
    [InlineData(@"| 'a\\\\b' |", new[] { @"'a\\b'" })]
    [InlineData(@"| 'a\nb' |", new[] { "'a\nb'" })]
    [InlineData(@"| 'a\tb' |", new[] { @"'a\tb'" })]
    [InlineData(@"| |", new[] { "" })]
    public void Reader_unescapes_table_cells_as_Gherkin_does(string row, string[] expected)
    {
        var text = $"Feature: F\n  Scenario: S\n    Then the result should be, in any order:\n      {row}\n";

        var table = GherkinReader.Parse(text, "cells.feature").Scenarios.Single().Steps.Single().Table;

        Assert.NotNull(table);
        Assert.Equal(expected, Assert.Single(table.Rows));
    }

    [Fact]
    public void Reader_names_the_file_and_the_end_an_unclosed_doc_string_runs_into()
    {
        const string text = "Feature: F\n  Scenario: S\n    When executing query:\n      \"\"\"\n      RETURN 1\n";

        var error = Assert.Throws<FormatException>(() => GherkinReader.Parse(text, "broken.feature"));

        Assert.StartsWith("broken.feature:6: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("unexpected end of file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_rejects_a_row_with_a_different_number_of_cells()
    {
        const string text = "Feature: F\n  Scenario: S\n    Then the result should be, in any order:\n      | a | b |\n      | 1 |\n";

        var error = Assert.Throws<FormatException>(() => GherkinReader.Parse(text, "ragged.feature"));

        Assert.Contains("ragged.feature:5", error.Message, StringComparison.Ordinal);
    }
}
