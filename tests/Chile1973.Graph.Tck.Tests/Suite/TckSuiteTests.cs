using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Reporting;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Suite;

public sealed class TckSuiteTests(TckSuiteFixture suite) : IClassFixture<TckSuiteFixture>
{
    [Fact]
    public void Tck_pass_count_does_not_fall_below_the_baseline()
    {
        RequireTck();
        var baseline = TckBaseline.Load(Path.Combine(AppContext.BaseDirectory, "tck-baseline.json"));

        var tally = TckTally.Of(suite.Results);

        Assert.True(
            tally.Passed >= baseline.Passed,
            $"{tally.SummaryLine}: {tally.Passed} passed is below the baseline of {baseline.Passed}. "
            + "Run `dotnet run --project tests/Chile1973.Graph.Tck -- <features-dir> --failures` to see what broke.");
        Assert.True(
            tally.Crashed <= baseline.Crashed,
            $"{tally.Crashed} cases crashed, more than the baseline of {baseline.Crashed}.");
    }

    [Fact]
    public void Tck_scenarios_never_crash_the_engine()
    {
        RequireTck();

        var crashes = suite.Results.Where(r => r.Status == TckStatus.Crashed).ToList();

        Assert.True(
            crashes.Count == 0,
            $"{crashes.Count} cases crashed:\n" + string.Join("\n", crashes.Take(20).Select(c => $"{c.Case.Id}: {c.Message}")));
    }

    private void RequireTck()
    {
        if (suite.FeaturesDirectory is null)
        {
            Assert.Skip(TckLocation.SkipMessage);
        }
    }
}
