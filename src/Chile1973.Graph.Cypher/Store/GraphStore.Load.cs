using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>Loading a curated knowledge graph.</summary>
public sealed partial class GraphStore
{
    /// <summary>
    /// Loads a curated graph: one node per graph node (label = its kind, properties from
    /// <see cref="GraphProperties"/>), one relationship per graph relationship. All or nothing: a
    /// duplicate id or a relationship naming an unknown node throws before anything is built.
    /// </summary>
    public static GraphStore Load(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = new Dictionary<string, int>(graph.Nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            if (!ids.TryAdd(node.Id, i))
            {
                throw new InvalidDataException($"{Where(node.Location)}id: duplicate node id '{node.Id}'.");
            }
        }

        foreach (var rel in graph.Relationships)
        {
            if (!ids.ContainsKey(rel.StartId))
            {
                throw new InvalidDataException($"{Where(rel.Location)}:START_ID: unknown node '{rel.StartId}' in relationship '{rel.Id}'.");
            }

            if (!ids.ContainsKey(rel.EndId))
            {
                throw new InvalidDataException($"{Where(rel.Location)}:END_ID: unknown node '{rel.EndId}' in relationship '{rel.Id}'.");
            }
        }

        var store = new GraphStore();
        store.ReserveNodes(graph.Nodes.Count);
        store.ReserveRelationships(graph.Relationships.Count);
        foreach (var node in graph.Nodes)
        {
            var label = store.Labels.GetOrAdd(node.Kind.ToString());
            var (keys, values) = store.PropertyArrays(GraphProperties.Of(node));
            store.AppendNode(store.Shared([label]), keys, values);
        }

        foreach (var rel in graph.Relationships)
        {
            var type = store.RelationshipTypes.GetOrAdd(rel.Type);
            var (keys, values) = store.PropertyArrays(GraphProperties.Of(rel));
            store.AppendRelationship(ids[rel.StartId], ids[rel.EndId], type, keys, values);
        }

        store.FinishBulk();
        return store;
    }

    private (int[] Keys, object?[] Values) PropertyArrays(Dictionary<string, object?> properties)
    {
        var keys = new List<int>(properties.Count);
        var values = new List<object?>(properties.Count);
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                keys.Add(PropertyKeys.GetOrAdd(key));
                values.Add(value is List<object?> list ? list.AsReadOnly() : value);
            }
        }

        return (Shared([.. keys]), [.. values]);
    }

    private static string Where(SourceLocation? location) => location is null ? string.Empty : $"{location}: ";
}
