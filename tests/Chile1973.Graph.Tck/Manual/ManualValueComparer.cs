using System.Text.RegularExpressions;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Core.Values.Temporal;
using Chile1973.Graph.Tck.Values;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>
/// Compares a parsed manual cell with the engine's value as the manual's README suggests: floats
/// within a relative 1e-9, maps and property maps unordered, a bare property map matching a node of
/// any labels, temporal values by value rather than by text (a quoted string may stand for one).
/// </summary>
public static partial class ManualValueComparer
{
    private const double Tolerance = 1e-9;

    /// <summary>True when the engine's <paramref name="actual"/> matches the printed <paramref name="expected"/>.</summary>
    /// <param name="expected">A value from <see cref="ManualCellParser"/>.</param>
    /// <param name="actual">A value from the query port.</param>
    /// <param name="listsAsBags">Compare lists as multisets (for <c>collect()</c> without an order).</param>
    public static bool ValueEquals(object? expected, object? actual, bool listsAsBags = false)
    {
        actual = actual switch
        {
            int i => (long)i,
            float f => (double)f,
            _ => actual,
        };
        return (expected, actual) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (bool e, bool a) => e == a,
            (long e, long a) => e == a,
            (double e, double a) => FloatEquals(e, a),
            (string e, string a) => string.Equals(e, a, StringComparison.Ordinal),
            (string e, _) when IsTemporal(actual) => TemporalEquals(e, actual),
            (ManualTemporal e, _) when IsTemporal(actual) => TemporalEquals(e.Text, actual),
            (ManualNode e, CypherNode a) => NodeEquals(e, a, listsAsBags),
            (IReadOnlyDictionary<string, object?> e, CypherNode a) => MapEquals(e, a.Properties, listsAsBags),
            (ManualRelationship e, CypherRelationship a) => RelationshipEquals(e, a, listsAsBags),
            (ManualPath e, CypherPath a) => PathEquals(e, a, listsAsBags),
            (IReadOnlyDictionary<string, object?> e, IReadOnlyDictionary<string, object?> a) => MapEquals(e, a, listsAsBags),
            (IReadOnlyList<object?> e, IReadOnlyList<object?> a) => listsAsBags
                ? TckValueComparer.BagEquals(e, a, (x, y) => ValueEquals(x, y, listsAsBags))
                : e.Count == a.Count && e.Select((item, i) => ValueEquals(item, a[i], listsAsBags)).All(match => match),
            _ => false,
        };
    }

    /// <summary>The canonical text of a temporal value: trailing zeros of a fraction and zero seconds dropped.</summary>
    public static string CanonicalTemporal(string text)
    {
        var trimmed = FractionZeros().Replace(text, m => m.Groups[1].Value.Length == 0 ? string.Empty : "." + m.Groups[1].Value);
        return UtcOffset().Replace(ZeroSeconds().Replace(trimmed, "$1"), "Z");
    }

    [GeneratedRegex(@"\.(\d*?)0+(?!\d)")]
    private static partial Regex FractionZeros();

    // Neo4j prints a zero offset as Z; some tables print +00:00.
    [GeneratedRegex(@"[+-]00:00(?=$|\[)")]
    private static partial Regex UtcOffset();

    [GeneratedRegex(@"(\d{2}:\d{2}):00(?![.\d])")]
    private static partial Regex ZeroSeconds();

    private static bool IsTemporal(object value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration;

    private static bool TemporalEquals(string expected, object actual) =>
        string.Equals(CanonicalTemporal(expected), CanonicalTemporal(actual.ToString()!), StringComparison.Ordinal);

    private static bool FloatEquals(double expected, double actual) =>
        expected.Equals(actual) || Math.Abs(expected - actual) <= Tolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));

    private static bool MapEquals(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual, bool listsAsBags) =>
        expected.Count == actual.Count
        && expected.All(pair => actual.TryGetValue(pair.Key, out var other) && ValueEquals(pair.Value, other, listsAsBags));

    private static bool NodeEquals(ManualNode expected, CypherNode actual, bool listsAsBags) =>
        (expected.Labels is null || expected.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Labels))
        && MapEquals(expected.Properties, actual.Properties, listsAsBags);

    private static bool RelationshipEquals(ManualRelationship expected, CypherRelationship actual, bool listsAsBags) =>
        string.Equals(expected.Type, actual.Type, StringComparison.Ordinal) && MapEquals(expected.Properties, actual.Properties, listsAsBags);

    private static bool PathEquals(ManualPath expected, CypherPath actual, bool listsAsBags)
    {
        if (expected.Steps.Count != actual.Length || !NodeEquals(expected.Nodes[0], actual.Start, listsAsBags))
        {
            return false;
        }

        for (var i = 0; i < actual.Length; i++)
        {
            var forward = string.Equals(actual.Relationships[i].StartElementId, actual.Nodes[i].ElementId, StringComparison.Ordinal);
            if (forward != expected.Steps[i].Forward
                || !RelationshipEquals(expected.Steps[i].Relationship, actual.Relationships[i], listsAsBags)
                || !NodeEquals(expected.Nodes[i + 1], actual.Nodes[i + 1], listsAsBags))
            {
                return false;
            }
        }

        return true;
    }
}
