using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Manual;
using Chile1973.Graph.Tck.Reporting;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Manual;

public sealed class ManualSuiteTests(ManualSuiteFixture suite) : IClassFixture<ManualSuiteFixture>
{
    [Fact]
    public void Manual_pass_count_does_not_fall_below_the_baseline()
    {
        RequireCases();
        var baseline = TckBaseline.Load(Path.Combine(AppContext.BaseDirectory, "manual-baseline.json"));

        var tally = TckTally.Of(suite.Results.Select(r => r.Status));

        Assert.True(
            tally.Passed >= baseline.Passed,
            $"{tally.SummaryLine}: {tally.Passed} passed is below the baseline of {baseline.Passed}. "
            + "Run `dotnet run --project tests/Chile1973.Graph.Tck -- --manual --failures` to see what broke.");
        Assert.True(tally.Crashed <= baseline.Crashed, $"{tally.Crashed} cases crashed, more than the baseline of {baseline.Crashed}.");
    }

    [Fact]
    public void Every_reviewed_case_exists_and_says_why()
    {
        RequireCases();
        var ids = suite.Results.Select(r => r.Case.Id).ToHashSet(StringComparer.Ordinal);

        var errata = ManualErrata.Load(ManualErrata.DefaultPath);

        Assert.NotEmpty(errata);
        Assert.All(errata, entry =>
        {
            Assert.Contains(entry.Key, ids);
            Assert.True(entry.Value.Length > 20, $"{entry.Key}: the reason is too short to review");
        });
    }

    [Fact]
    public void Every_printed_cell_of_the_manual_parses()
    {
        RequireCases();

        var unparsed = suite.Results
            .Where(r => r.Status != TckStatus.Skipped && r.Message?.StartsWith("a printed cell does not parse", StringComparison.Ordinal) == true)
            .Select(r => $"{r.Case.Id}: {r.Message}")
            .ToList();

        Assert.True(unparsed.Count == 0, string.Join("\n", unparsed));
    }

    private void RequireCases()
    {
        if (suite.CasesFile is null)
        {
            Assert.Skip(ManualSuiteFixture.SkipMessage);
        }
    }
}
