using System.Collections;
using System.Globalization;

namespace Chile1973.Graph.Cypher.Execution;

/// <summary>Moves values across the port: CLR parameter values in, <see cref="CypherValues"/> shapes out.</summary>
internal static class ValueConverter
{
    private const int MaxReturnedDepth = 500;

    /// <summary>A parameter (or procedure table) value as the engine holds it: long, double, lists and maps normalised.</summary>
    public static object? FromPort(object? value) => value switch
    {
        null or string or bool or long or double => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        uint ui => (long)ui,
        ushort us => (long)us,
        float f => (double)f,
        decimal m => (double)m,
        CypherNode node => new NodeRef(int.Parse(node.ElementId, CultureInfo.InvariantCulture)),
        CypherRelationship rel => new RelRef(int.Parse(rel.ElementId, CultureInfo.InvariantCulture)),
        IReadOnlyDictionary<string, object?> map => Guarded(map).ToDictionary(e => e.Key, e => FromPort(e.Value), StringComparer.Ordinal),
        IDictionary dictionary when Guarded(dictionary) is not null => dictionary.Keys.Cast<object>().ToDictionary(
            k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => FromPort(dictionary[k]), StringComparer.Ordinal),
        IEnumerable list => Guarded(list).Cast<object?>().Select(FromPort).ToList(),
        _ => value,
    };

    // A parameter nested deeper than the stack can follow fails the query rather than the process.
    private static T Guarded<T>(T container)
    {
        CypherErrors.EnsureStack("A parameter value");
        return container;
    }

    /// <summary>
    /// An engine value as it leaves the port. A value can share one list many times over (reduce building
    /// [acc, acc]); copying it out expands the sharing, so at most <paramref name="maxElements"/> list elements and
    /// map entries are copied before the value is refused.
    /// </summary>
    public static object? ToPort(object? value, GraphStore store, int maxElements = int.MaxValue)
    {
        var budget = (long)maxElements;
        return ToPort(value, store, ref budget, maxElements, 0);
    }

    private static object? ToPort(object? value, GraphStore store, ref long budget, int maxElements, int depth)
    {
        switch (value)
        {
            case null or string or bool or long or double:
                return value;
            case NodeRef node:
                return ToNode(node.Id, store);
            case RelRef rel:
                return ToRelationship(rel.Id, store);
            case PathValue path:
                return ToPath(path, store);
            case IReadOnlyDictionary<string, object?> map:
                {
                    Descend(depth);
                    Spend(ref budget, map.Count, maxElements);
                    var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                    foreach (var (key, item) in map)
                    {
                        result[key] = ToPort(item, store, ref budget, maxElements, depth + 1);
                    }

                    return result;
                }

            case IReadOnlyList<object?> list:
                {
                    Descend(depth);
                    Spend(ref budget, list.Count, maxElements);
                    var result = new List<object?>(list.Count);
                    foreach (var item in list)
                    {
                        result.Add(ToPort(item, store, ref budget, maxElements, depth + 1));
                    }

                    return result;
                }

            default:
                return value;
        }
    }

    // Readers of the port (JSON writers, printers) recurse too, and System.Text.Json stops at 64 or 1000 levels:
    // a fixed bound keeps what leaves the engine printable, whatever stack the query ran on.
    private static void Descend(int depth)
    {
        if (depth >= MaxReturnedDepth)
        {
            throw new CypherException(CypherErrorKind.LimitExceeded, "NestingTooDeep",
                $"A returned value is nested more than {MaxReturnedDepth} lists or maps deep.", CypherErrorPhase.Runtime);
        }

        CypherErrors.EnsureStack("A returned value");
    }

    private static void Spend(ref long budget, int count, int maxElements)
    {
        budget -= count;
        if (budget < 0)
        {
            throw new CypherException(CypherErrorKind.LimitExceeded, "ListTooLarge",
                $"A returned value holds more than {maxElements} list elements and map entries in all (MaxListSize).",
                CypherErrorPhase.Runtime);
        }
    }

    // Apart from ToPort: its lambdas capture the store, and a method with such a lambda allocates the capture on
    // every call, which for ToPort is every value of every row a query returns.
    private static CypherPath ToPath(PathValue path, GraphStore store) => new(
        [.. path.Nodes.Select(n => ToNode(n, store))],
        [.. path.Relationships.Select(r => ToRelationship(r, store))]);

    private static CypherNode ToNode(int node, GraphStore store)
    {
        var labels = new List<string>();
        foreach (var label in store.NodeLabels(node))
        {
            labels.Add(store.Labels.Name(label));
        }

        return new CypherNode(GraphStore.NodeElementId(node), labels,
            Properties(store, store.NodePropertyKeys(node), store.NodePropertyValues(node)));
    }

    private static CypherRelationship ToRelationship(int rel, GraphStore store) => new(
        GraphStore.RelationshipElementId(rel),
        store.RelationshipTypes.Name(store.RelationshipType(rel)),
        GraphStore.NodeElementId(store.StartNode(rel)),
        GraphStore.NodeElementId(store.EndNode(rel)),
        Properties(store, store.RelationshipPropertyKeys(rel), store.RelationshipPropertyValues(rel)));

    private static Dictionary<string, object?> Properties(GraphStore store, ReadOnlySpan<int> keys, ReadOnlySpan<object?> values)
    {
        var properties = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            properties[store.PropertyKeys.Name(keys[i])] = ToPort(values[i], store);
        }

        return properties;
    }
}
