using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Gherkin;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Cases;

public sealed class TckCaseExpanderTests
{
    private static IReadOnlyList<TckCase> SampleCases() =>
        TckCaseExpander.Expand(GherkinReader.ReadFile(TestData.PathOf("Sample.feature")), "clauses/sample/Sample.feature");

    [Fact]
    public void Expander_gives_one_case_per_scenario_and_per_examples_row()
    {
        var cases = SampleCases();

        Assert.Equal(
            ["clauses/sample/Sample.feature#[1]", "clauses/sample/Sample.feature#[2]", "clauses/sample/Sample.feature#[3]:0", "clauses/sample/Sample.feature#[3]:1"],
            cases.Select(c => c.Id));
        Assert.All(cases, c => Assert.Equal("clauses/sample", c.Folder));
    }

    [Fact]
    public void Expander_prepends_the_background_to_every_case()
    {
        var cases = SampleCases();

        Assert.All(cases, c => Assert.Equal("having executed:", c.Steps[1].Text));
    }

    [Fact]
    public void Expander_substitutes_placeholders_in_text_doc_strings_and_tables()
    {
        var row = SampleCases()[3];

        Assert.Equal("[3] Outline over a pipe", row.Name);
        Assert.Equal("RETURN '|' AS x", row.Steps[2].DocString);
        Assert.Equal(["'|'"], row.Steps[3].Table!.Rows[1]);
    }

    [Fact]
    public void Expander_marks_ignored_scenarios()
    {
        Assert.Equal([false, true, false, false], SampleCases().Select(c => c.Ignored));
    }

    [Fact]
    public void Classify_tells_error_write_and_read_only_cases_apart()
    {
        static IReadOnlyList<GherkinStep> Steps(string query, string then) =>
            [new("When", "executing query:", 1, query), new("Then", then, 2)];

        Assert.Equal(TckCaseClass.ReadOnly, TckCaseExpander.Classify(Steps("MATCH (n) RETURN n", "the result should be empty")));
        Assert.Equal(TckCaseClass.Write, TckCaseExpander.Classify(Steps("MATCH (n) SET n.x = 1", "the result should be empty")));
        Assert.Equal(TckCaseClass.Error, TckCaseExpander.Classify(Steps("CREATE (n)", "a SyntaxError should be raised at compile time: VariableAlreadyBound")));
    }

    [Fact]
    public void Expander_does_not_substitute_inside_substituted_values()
    {
        const string text = "Feature: F\n  Scenario Outline: [1] S\n    When executing query:\n      \"\"\"\n      RETURN <a> AS x, <b> AS y\n      \"\"\"\n"
            + "    Then the result should be empty\n\n    Examples:\n      | a   | b |\n      | <b> | 2 |\n";

        var testCase = Assert.Single(TckCaseExpander.Expand(GherkinReader.Parse(text, "f.feature"), "f.feature"));

        Assert.Equal("RETURN <b> AS x, 2 AS y", testCase.Steps[0].DocString);
    }

    [Theory]
    [InlineData("RETURN 'CREATE' AS s", false)]
    [InlineData("MATCH (n) WHERE n.name = \"delete\" RETURN n", false)]
    [InlineData("MATCH (n) RETURN n.created", false)]
    [InlineData("UNWIND [1] AS i MERGE (:A {i: i})", true)]
    [InlineData("MATCH (n) DETACH DELETE n", true)]
    [InlineData("match (n) remove n:A", true)]
    public void WritesTo_ignores_keywords_inside_string_literals(string query, bool writes) =>
        Assert.Equal(writes, TckCaseExpander.WritesTo(query));
}
