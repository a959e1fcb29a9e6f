using System.Globalization;
using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Reporting;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>The manual runner's text report: pass rates by area, the reviewed skips, and the summary line last.</summary>
public static class ManualReport
{
    /// <summary>Writes the report; its last line is exactly <c>N passed, N failed, N skipped</c>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ManualResult> results, TimeSpan elapsed, bool listFailures)
    {
        if (listFailures)
        {
            output.WriteLine("Failures:");
            foreach (var failure in results.Where(r => r.Status is TckStatus.Failed or TckStatus.Crashed))
            {
                output.WriteLine($"  {failure.Case.Id} [{failure.Case.Area}]\n    {failure.Message?.Replace("\n", "\n    ", StringComparison.Ordinal)}");
            }

            output.WriteLine();
        }

        output.WriteLine("Pass rates by area:");
        foreach (var group in results.GroupBy(r => r.Case.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteRow(output, group.Key, TckTally.Of(group.Select(r => r.Status)));
        }

        var total = TckTally.Of(results.Select(r => r.Status));
        WriteRow(output, "all", total);

        var reviewed = results.Where(r => r.Status == TckStatus.Skipped).ToList();
        if (reviewed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Skipped (the manual's table is wrong):");
            foreach (var skip in reviewed)
            {
                output.WriteLine($"  {skip.Case.Id}: {skip.Message}");
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ran {results.Count} cases in {elapsed.TotalSeconds:0.0} s."));
        output.WriteLine(total.SummaryLine);
    }

    private static void WriteRow(TextWriter output, string name, TckTally tally) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-30} {tally.Passed,4} / {tally.Run,-4} {tally.PassRate * 100,6:0.0}%{(tally.Crashed > 0 ? $"  ({tally.Crashed} crashed)" : string.Empty)}{(tally.Skipped > 0 ? $"  ({tally.Skipped} skipped)" : string.Empty)}"));
}
