using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Gherkin;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Execution;

public sealed class TckRunnerTests
{
    private static readonly TckRunOptions Options = new(Path.Combine(AppContext.BaseDirectory, "Data", "graphs"));

    private static IReadOnlyList<TckCase> Cases(string file) =>
        TckCaseExpander.Expand(GherkinReader.ReadFile(TestData.PathOf(Path.Combine("Runner", file))), "runner/" + file);

    [Fact]
    public async Task Runner_passes_scenarios_the_embedded_engine_answers_correctly()
    {
        var cases = Cases("Passing.feature");

        var results = await TckRunner.RunAsync(cases, EmbeddedTckEngine.Create, Options, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Case.Id}: {r.Status}: {r.Message}"));
        Assert.Equal(10, results.Count);
    }

    [Fact]
    public async Task Runner_fails_every_scenario_whose_expectation_is_wrong()
    {
        var cases = Cases("Failing.feature");

        var results = await TckRunner.RunAsync(cases, EmbeddedTckEngine.Create, Options, TestContext.Current.CancellationToken);

        Assert.Equal(11, results.Count);
        Assert.All(results, r =>
        {
            Assert.True(r.Status == TckStatus.Failed, $"{r.Case.Id}: {r.Status}: {r.Message}");
            Assert.False(string.IsNullOrEmpty(r.Message));
        });
    }

    [Fact]
    public async Task Runner_fails_a_case_that_runs_past_its_time_limit()
    {
        var slow = Case("UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b UNWIND range(1, 10000) AS c RETURN count(*) AS n");
        var options = Options with { Timeout = TimeSpan.FromMilliseconds(300) };

        var result = await TckRunner.RunOneAsync(slow, EmbeddedTckEngine.Create, options, TestContext.Current.CancellationToken);

        Assert.Equal(TckStatus.Failed, result.Status);
        Assert.Contains("timed out", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runner_reports_an_exception_that_is_not_a_CypherException_as_a_crash()
    {
        var testCase = Case("RETURN 1 AS x");
        static TckEngine Broken() => new(new ThrowingEngine(), (_, _) => { });

        var result = await TckRunner.RunOneAsync(testCase, Broken, Options, TestContext.Current.CancellationToken);

        Assert.Equal(TckStatus.Crashed, result.Status);
        Assert.Contains(nameof(InvalidOperationException), result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runner_skips_an_ignored_case_without_running_it()
    {
        var ignored = Case("RETURN 1 AS x") with { Ignored = true };

        var result = await TckRunner.RunOneAsync(ignored, () => throw new InvalidOperationException("must not run"), Options, TestContext.Current.CancellationToken);

        Assert.Equal(TckStatus.Skipped, result.Status);
    }

    private static TckCase Case(string query)
    {
        IReadOnlyList<GherkinStep> steps =
        [
            new("Given", "any graph", 1),
            new("When", "executing query:", 2, query),
            new("Then", "the result should be, in any order:", 3, Table: new GherkinTable([["x"], ["1"]])),
        ];
        return new TckCase("inline#[1]", "inline", "[1] inline", steps, Ignored: false, TckCaseClass.ReadOnly);
    }

    /// <summary>An engine that fails the way no engine may: the only way to check crash reporting on purpose.</summary>
    private sealed class ThrowingEngine : ICypherEngine
    {
        public string Name => "throwing";

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("engine bug");
    }
}
