using System.Diagnostics;
using System.Text;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Tck.Execution;
using Chile1973.Graph.Tck.Values;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>
/// Runs the manual's cases, each on a fresh engine: the setup statements one by one, then the query
/// with its parameters, then the comparison of header and rows with the printed table.
/// </summary>
public static class ManualRunner
{
    private const int RowsShown = 12;

    /// <summary>Runs <paramref name="cases"/> in parallel; results come back in the same order.</summary>
    public static async Task<IReadOnlyList<ManualResult>> RunAsync(
        IReadOnlyList<ManualCase> cases,
        IReadOnlyDictionary<string, string> errata,
        Func<TckEngine> createEngine,
        TckRunOptions options,
        CancellationToken cancellationToken = default)
    {
        var results = new ManualResult[cases.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), parallel, async (i, token) =>
            results[i] = errata.TryGetValue(cases[i].Id, out var reason)
                ? new ManualResult(cases[i], TckStatus.Skipped, $"reviewed: {reason}", TimeSpan.Zero)
                : await RunOneAsync(cases[i], createEngine, options.Timeout, token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    /// <summary>Runs one case to a result; only cancellation of <paramref name="cancellationToken"/> throws.</summary>
    public static async Task<ManualResult> RunOneAsync(ManualCase testCase, Func<TckEngine> createEngine, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var engine = createEngine().Engine;
        try
        {
            // Task.Run so that a query that blocks synchronously still meets the time limit.
            var work = Task.Run(() => ExecuteAsync(testCase, engine, limit.Token), CancellationToken.None);
            var finished = await Task.WhenAny(work, Task.Delay(timeout * 2, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (finished != work)
            {
                return new ManualResult(testCase, TckStatus.Failed, $"timed out after {timeout.TotalSeconds:0} s", clock.Elapsed);
            }

            var (status, message) = await work.ConfigureAwait(false);
            return new ManualResult(testCase, status, message, clock.Elapsed);
        }
        finally
        {
            (engine as IDisposable)?.Dispose();
        }
    }

    private static async Task<(TckStatus, string?)> ExecuteAsync(ManualCase testCase, ICypherEngine engine, CancellationToken cancellationToken)
    {
        try
        {
            var none = new Dictionary<string, object?>();
            for (var i = 0; i < testCase.Setup.Count; i++)
            {
                var setup = await QueryRunner.RunAsync(engine, testCase.Setup[i], none, AccessMode.Write, cancellationToken).ConfigureAwait(false);
                if (setup.Error is { } setupError)
                {
                    return (TckStatus.Failed, $"setup statement {i + 1} failed: {ScenarioExecutor.Describe(setupError)}");
                }
            }

            var outcome = await QueryRunner.RunAsync(engine, testCase.Query, testCase.Parameters, AccessMode.Write, cancellationToken).ConfigureAwait(false);
            if (outcome.Error is { } error)
            {
                return (TckStatus.Failed, $"the query failed: {ScenarioExecutor.Describe(error)}");
            }

            var difference = Compare(testCase, outcome);
            return difference is null ? (TckStatus.Passed, null) : (TckStatus.Failed, difference);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (TckStatus.Failed, "timed out");
        }
        catch (FormatException badCell)
        {
            return (TckStatus.Failed, $"a printed cell does not parse: {badCell.Message}");
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            return (TckStatus.Crashed, $"{crash.GetType().FullName}: {crash.Message}");
        }
    }

    /// <summary>Null when the outcome matches the printed table, else what differs.</summary>
    public static string? Compare(ManualCase testCase, QueryOutcome outcome)
    {
        if (testCase.Columns is not null && !testCase.Columns.SequenceEqual(outcome.Keys, StringComparer.Ordinal))
        {
            return $"columns were | {string.Join(" | ", outcome.Keys)} |, expected | {string.Join(" | ", testCase.Columns)} |";
        }

        if (testCase.Nondeterministic)
        {
            return testCase.Rows.Count == outcome.Rows.Count ? null : $"expected {testCase.Rows.Count} rows, got {outcome.Rows.Count}";
        }

        var expected = testCase.Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select(ManualCellParser.Parse)]).ToList();
        var listsAsBags = ManualOrdering.ListsInEngineOrder(testCase.Query);
        bool RowEquals(IReadOnlyList<object?> e, IReadOnlyList<object?> a) =>
            e.Count == a.Count && e.Select((value, i) => ManualValueComparer.ValueEquals(value, a[i], listsAsBags)).All(match => match);

        var matches = testCase.Ordered
            ? ManualOrdering.OrderedEquals(expected, outcome.Rows, ManualOrdering.SortColumns(testCase.Query, outcome.Keys), RowEquals)
            : TckValueComparer.BagEquals(expected, outcome.Rows, RowEquals);
        return matches ? null : $"the result differs.\nExpected:\n{Render(testCase.Rows)}Actual:\n{Render(outcome.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(CypherValues.ToLiteral)]).ToList())}";
    }

    private static string Render(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0)
        {
            return "  (no rows)\n";
        }

        var sb = new StringBuilder();
        foreach (var row in rows.Take(RowsShown))
        {
            sb.Append("  | ").AppendJoin(" | ", row).Append(" |\n");
        }

        if (rows.Count > RowsShown)
        {
            sb.Append("  ... ").Append(rows.Count - RowsShown).Append(" more\n");
        }

        return sb.ToString();
    }
}
