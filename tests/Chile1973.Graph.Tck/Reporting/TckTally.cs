using Chile1973.Graph.Tck.Execution;

namespace Chile1973.Graph.Tck.Reporting;

/// <summary>Counts of one group of results.</summary>
public sealed record TckTally(int Passed, int Failed, int Crashed, int Skipped)
{
    /// <summary>Cases that ran (skipped ones excluded).</summary>
    public int Run => Passed + Failed + Crashed;

    /// <summary>Passed share of the cases that ran, 0..1.</summary>
    public double PassRate => Run == 0 ? 0 : (double)Passed / Run;

    /// <summary>Counts the results.</summary>
    public static TckTally Of(IEnumerable<TckResult> results) => Of(results.Select(r => r.Status));

    /// <summary>Counts the statuses.</summary>
    public static TckTally Of(IEnumerable<TckStatus> statuses)
    {
        int passed = 0, failed = 0, crashed = 0, skipped = 0;
        foreach (var status in statuses)
        {
            switch (status)
            {
                case TckStatus.Passed: passed++; break;
                case TckStatus.Failed: failed++; break;
                case TckStatus.Crashed: crashed++; break;
                case TckStatus.Skipped: skipped++; break;
            }
        }

        return new TckTally(passed, failed, crashed, skipped);
    }

    /// <summary>The TCK runner's closing line; crashes count as failures.</summary>
    public string SummaryLine => $"{Passed} passed, {Failed + Crashed} failed, {Skipped} skipped";
}
