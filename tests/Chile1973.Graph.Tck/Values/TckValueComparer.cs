using System.Globalization;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Tck.Values;

/// <summary>
/// The TCK's value equality: type-strict (1 is not 1.0), NaN equals NaN, nodes by label set and
/// properties, relationships by type and properties, paths structurally, maps unordered, lists in
/// order or, when asked, as multisets (recursively). Temporal values compare by their ISO text,
/// since the TCK writes them as strings.
/// </summary>
public static class TckValueComparer
{
    /// <summary>True when the engine's <paramref name="actual"/> value matches the table's <paramref name="expected"/> one.</summary>
    public static bool ValueEquals(object? expected, object? actual, bool ignoreListOrder = false)
    {
        actual = Normalise(actual);
        expected = Normalise(expected);
        return (expected, actual) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (bool e, bool a) => e == a,
            (long e, long a) => e == a,
            (double e, double a) => e.Equals(a),
            (string e, string a) => string.Equals(e, a, StringComparison.Ordinal),
            (CypherNode e, CypherNode a) => NodeEquals(e, a, ignoreListOrder),
            (CypherRelationship e, CypherRelationship a) => RelationshipEquals(e, a, ignoreListOrder),
            (CypherPath e, CypherPath a) => PathEquals(e, a, ignoreListOrder),
            (IReadOnlyDictionary<string, object?> e, IReadOnlyDictionary<string, object?> a) => MapEquals(e, a, ignoreListOrder),
            (IReadOnlyList<object?> e, IReadOnlyList<object?> a) => ignoreListOrder
                ? BagEquals(e, a, (x, y) => ValueEquals(x, y, ignoreListOrder))
                : ListEquals(e, a, ignoreListOrder),
            _ => false,
        };
    }

    /// <summary>
    /// Multiset equality under an equivalence: every expected item is paired with a distinct equal
    /// actual item. Greedy pairing is exact because the equality is transitive.
    /// </summary>
    public static bool BagEquals<TExpected, TActual>(
        IReadOnlyList<TExpected> expected,
        IReadOnlyList<TActual> actual,
        Func<TExpected, TActual, bool> equals)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        var used = new bool[actual.Count];
        foreach (var item in expected)
        {
            var found = false;
            for (var i = 0; i < actual.Count; i++)
            {
                if (!used[i] && equals(item, actual[i]))
                {
                    used[i] = true;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps the CLR shapes a port may return onto the parser's: int to long, float to double, temporal to its text.</summary>
    public static object? Normalise(object? value) => value switch
    {
        null or bool or long or double or string or CypherNode or CypherRelationship or CypherPath => value,
        int i => (long)i,
        float f => (double)f,
        IReadOnlyDictionary<string, object?> or IReadOnlyList<object?> => value,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool ListEquals(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, bool ignoreListOrder)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!ValueEquals(expected[i], actual[i], ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapEquals(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual, bool ignoreListOrder)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        foreach (var (key, value) in expected)
        {
            if (!actual.TryGetValue(key, out var other) || !ValueEquals(value, other, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NodeEquals(CypherNode expected, CypherNode actual, bool ignoreListOrder) =>
        expected.Labels.Count == actual.Labels.Count
        && expected.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Labels)
        && MapEquals(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool RelationshipEquals(CypherRelationship expected, CypherRelationship actual, bool ignoreListOrder) =>
        string.Equals(expected.Type, actual.Type, StringComparison.Ordinal)
        && MapEquals(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool PathEquals(CypherPath expected, CypherPath actual, bool ignoreListOrder)
    {
        if (expected.Length != actual.Length || !NodeEquals(expected.Start, actual.Start, ignoreListOrder))
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (Forward(expected, i) != Forward(actual, i)
                || !RelationshipEquals(expected.Relationships[i], actual.Relationships[i], ignoreListOrder)
                || !NodeEquals(expected.Nodes[i + 1], actual.Nodes[i + 1], ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Forward(CypherPath path, int step) =>
        string.Equals(path.Relationships[step].StartElementId, path.Nodes[step].ElementId, StringComparison.Ordinal);
}
