using System.Collections;
using System.Globalization;
using Chile1973.Graph.Core.Store;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Cypher.Execution;

/// <summary>Moves values across the port: CLR parameter values in, <see cref="CypherValues"/> shapes out.</summary>
internal static class ValueConverter
{
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
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => FromPort(e.Value), StringComparer.Ordinal),
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(
            k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => FromPort(dictionary[k]), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(FromPort).ToList(),
        _ => value,
    };

    /// <summary>An engine value as it leaves the port.</summary>
    public static object? ToPort(object? value, GraphStore store) => value switch
    {
        null or string or bool or long or double => value,
        NodeRef node => ToNode(node.Id, store),
        RelRef rel => ToRelationship(rel.Id, store),
        PathValue path => new CypherPath(
            [.. path.Nodes.Select(n => ToNode(n, store))],
            [.. path.Relationships.Select(r => ToRelationship(r, store))]),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => ToPort(e.Value, store), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(v => ToPort(v, store)).ToList(),
        _ => value,
    };

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
