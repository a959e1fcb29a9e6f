using System.Text;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Tck.Gherkin;
using Chile1973.Graph.Tck.Values;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>Compares a query's result with an expected table: the header as an ordered list, rows as a bag or a list.</summary>
public static class ResultTable
{
    private const int RowsShown = 12;

    /// <summary>Throws <see cref="TckAssertionException"/> unless the result matches the table.</summary>
    public static void Check(GherkinStep step, QueryOutcome outcome, GherkinTable table, bool ordered, bool ignoreListOrder)
    {
        RequireSuccess(step, outcome);
        if (!table.Header.SequenceEqual(outcome.Keys, StringComparer.Ordinal))
        {
            throw ScenarioExecutor.Fail(step, $"columns were | {string.Join(" | ", outcome.Keys)} |, expected | {string.Join(" | ", table.Header)} |");
        }

        List<IReadOnlyList<object?>> expected;
        try
        {
            expected = table.Body.Select(row => (IReadOnlyList<object?>)row.Select(TckValueParser.Parse).ToList()).ToList();
        }
        catch (FormatException error)
        {
            throw ScenarioExecutor.Fail(step, error.Message);
        }

        bool RowEquals(IReadOnlyList<object?> e, IReadOnlyList<object?> a) =>
            e.Count == a.Count && e.Select((value, i) => TckValueComparer.ValueEquals(value, a[i], ignoreListOrder)).All(match => match);

        var matches = ordered
            ? expected.Count == outcome.Rows.Count && expected.Select((row, i) => RowEquals(row, outcome.Rows[i])).All(match => match)
            : TckValueComparer.BagEquals(expected, outcome.Rows, RowEquals);
        if (!matches)
        {
            throw ScenarioExecutor.Fail(step, $"the result differs.\nExpected:\n{Render(expected)}Actual:\n{Render(outcome.Rows)}");
        }
    }

    /// <summary>Throws unless the query succeeded with no rows (the header is not compared).</summary>
    public static void CheckEmpty(GherkinStep step, QueryOutcome outcome)
    {
        RequireSuccess(step, outcome);
        if (outcome.Rows.Count > 0)
        {
            throw ScenarioExecutor.Fail(step, $"expected no rows, got {outcome.Rows.Count}:\n{Render(outcome.Rows)}");
        }
    }

    private static void RequireSuccess(GherkinStep step, QueryOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            throw ScenarioExecutor.Fail(step, $"the query failed: {ScenarioExecutor.Describe(error)}");
        }
    }

    private static string Render(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows.Take(RowsShown))
        {
            sb.Append("  | ").AppendJoin(" | ", row.Select(CypherValues.ToLiteral)).Append(" |\n");
        }

        if (rows.Count > RowsShown)
        {
            sb.Append("  ... ").Append(rows.Count - RowsShown).Append(" more\n");
        }

        return sb.ToString();
    }
}
