using System.Globalization;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>
/// Collects the nodes and relationships of a result's rows (also inside paths, lists and maps) as graph
/// elements keyed by the curated <c>id</c> property, so they merge with what the explorer already shows.
/// A relationship waits until both its ends have been seen as nodes; one whose ends never come is not drawn.
/// </summary>
internal sealed class ResultElements
{
    private readonly Dictionary<string, string> nodeIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> sentEdges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CypherRelationship> waiting = new(StringComparer.Ordinal);
    private List<NodeElement> nodes = [];
    private List<EdgeElement> edges = [];

    public void Add(object? value)
    {
        switch (value)
        {
            case CypherNode node:
                AddNode(node);
                break;
            case CypherRelationship relationship:
                waiting.TryAdd(relationship.ElementId, relationship);
                break;
            case CypherPath path:
                foreach (var node in path.Nodes)
                {
                    AddNode(node);
                }

                foreach (var relationship in path.Relationships)
                {
                    waiting.TryAdd(relationship.ElementId, relationship);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    Add(item);
                }

                break;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Add(item);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The elements found since the last call, with every waiting relationship whose ends are now known.</summary>
    public (List<NodeElement> Nodes, List<EdgeElement> Edges) Take()
    {
        foreach (var (elementId, relationship) in waiting.ToList())
        {
            if (nodeIds.TryGetValue(relationship.StartElementId, out var source) && nodeIds.TryGetValue(relationship.EndElementId, out var target))
            {
                waiting.Remove(elementId);
                var id = Text(relationship.Properties, "id") ?? $"{source}-{relationship.Type}-{target}";
                if (sentEdges.Add(id))
                {
                    edges.Add(new EdgeElement(new EdgeData(
                        id, source, target, relationship.Type, RecordReader.RelationshipLabel(relationship.Type),
                        Text(relationship.Properties, "quote"), Text(relationship.Properties, "start"),
                        Text(relationship.Properties, "end"), Text(relationship.Properties, "claimed_by"))));
                }
            }
        }

        var taken = (nodes, edges);
        nodes = [];
        edges = [];
        return taken;
    }

    private void AddNode(CypherNode node)
    {
        if (nodeIds.ContainsKey(node.ElementId))
        {
            return;
        }

        var id = Text(node.Properties, "id") ?? node.ElementId;
        nodeIds[node.ElementId] = id;
        nodes.Add(new NodeElement(new NodeData(
            id,
            Text(node.Properties, "name") ?? id,
            node.Labels is [var kind, ..] ? kind : "Unknown",
            0,
            Text(node.Properties, "start"),
            Text(node.Properties, "end"),
            Text(node.Properties, "description"))));
    }

    private static string? Text(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.TryGetValue(key, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
