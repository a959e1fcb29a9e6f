using System.Globalization;
using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Execution;

namespace Chile1973.Graph.Tck.Reporting;

/// <summary>The runner's text report: pass rates per folder and per class, the crashes, and the summary line last.</summary>
public static class ConsoleReport
{
    /// <summary>Writes the report; its last line is exactly <c>N passed, N failed, N skipped</c>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<TckResult> results, TimeSpan elapsed)
    {
        output.WriteLine("Pass rates by folder:");
        foreach (var group in results.GroupBy(r => r.Case.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteRow(output, group.Key, TckTally.Of(group));
        }

        output.WriteLine();
        output.WriteLine("Pass rates by class:");
        foreach (var kind in Enum.GetValues<TckCaseClass>())
        {
            WriteRow(output, ClassName(kind), TckTally.Of(results.Where(r => r.Case.Class == kind)));
        }

        var total = TckTally.Of(results);
        WriteRow(output, "all", total);

        var crashes = results.Where(r => r.Status == TckStatus.Crashed).ToList();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Crashes: {crashes.Count}"));
        foreach (var crash in crashes)
        {
            output.WriteLine($"  {crash.Case.Id}: {crash.Message}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ran {total.Run + total.Skipped} cases in {elapsed.TotalSeconds:0.0} s."));
        output.WriteLine(total.SummaryLine);
    }

    /// <summary>The class's name in reports and JSON.</summary>
    public static string ClassName(TckCaseClass kind) => kind switch
    {
        TckCaseClass.ReadOnly => "read-only",
        TckCaseClass.Write => "write",
        _ => "error",
    };

    private static void WriteRow(TextWriter output, string name, TckTally tally) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-40} {tally.Passed,5} / {tally.Run,-5} {tally.PassRate * 100,6:0.0}%{(tally.Crashed > 0 ? $"  ({tally.Crashed} crashed)" : string.Empty)}{(tally.Skipped > 0 ? $"  ({tally.Skipped} skipped)" : string.Empty)}"));
}
