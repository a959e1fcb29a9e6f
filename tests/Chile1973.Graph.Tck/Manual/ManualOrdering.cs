using System.Text.RegularExpressions;
using Chile1973.Graph.Tck.Values;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>
/// Which orders in a printed table are part of the answer. The manual's README: rows that tie on
/// the sort keys may come in another order, and lists that Cypher builds in traversal order
/// (<c>collect()</c>, <c>COLLECT { }</c>, pattern comprehensions, <c>keys()</c>, <c>labels()</c>) are in engine order.
/// </summary>
public static partial class ManualOrdering
{
    [GeneratedRegex(@"collect\s*(\(|\{)|\[\s*(\w+\s*=\s*)?\(|\bkeys\s*\(|\blabels\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex EngineOrderedList();

    [GeneratedRegex(@"ORDER\s+BY\s+(?<keys>.+?)(\s+(SKIP|OFFSET|LIMIT)\b.*)?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FinalOrderBy();

    /// <summary>True when the query builds lists whose order Cypher leaves to the engine.</summary>
    public static bool ListsInEngineOrder(string query) => EngineOrderedList().IsMatch(query);

    /// <summary>
    /// The result columns the final <c>ORDER BY</c> sorts on, when each of its keys names a column
    /// (<c>ORDER BY count DESC</c>); null when a key is an expression, so the whole row order counts.
    /// </summary>
    public static IReadOnlyList<int>? SortColumns(string query, IReadOnlyList<string> columns)
    {
        var lastOrderBy = query.LastIndexOf("ORDER BY", StringComparison.OrdinalIgnoreCase);
        var match = lastOrderBy < 0 ? Match.Empty : FinalOrderBy().Match(query, lastOrderBy);
        if (!match.Success)
        {
            return null;
        }

        var indexes = new List<int>();
        foreach (var key in match.Groups["keys"].Value.Split(','))
        {
            var name = Regex.Replace(key.Trim(), @"\s+(ASC|ASCENDING|DESC|DESCENDING)$", string.Empty, RegexOptions.IgnoreCase).Trim('`', ' ');
            var index = columns.ToList().FindIndex(c => string.Equals(c, name, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            indexes.Add(index);
        }

        return indexes;
    }

    /// <summary>
    /// Ordered equality that lets rows tying on <paramref name="sortColumns"/> come in any order:
    /// the runs of equal keys must line up, and within a run the rows must match as a multiset.
    /// </summary>
    public static bool OrderedEquals(
        IReadOnlyList<IReadOnlyList<object?>> expected,
        IReadOnlyList<IReadOnlyList<object?>> actual,
        IReadOnlyList<int>? sortColumns,
        Func<IReadOnlyList<object?>, IReadOnlyList<object?>, bool> rowEquals)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        if (sortColumns is null)
        {
            return expected.Select((row, i) => rowEquals(row, actual[i])).All(match => match);
        }

        var start = 0;
        while (start < expected.Count)
        {
            var end = start + 1;
            while (end < expected.Count && sortColumns.All(c => ManualValueComparer.ValueEquals(expected[end][c], expected[start][c])))
            {
                end++;
            }

            if (!TckValueComparer.BagEquals(expected.Skip(start).Take(end - start).ToList(), actual.Skip(start).Take(end - start).ToList(), rowEquals))
            {
                return false;
            }

            start = end;
        }

        return true;
    }
}
