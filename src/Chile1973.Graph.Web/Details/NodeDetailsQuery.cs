using System.Globalization;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Web.Details;

/// <summary>Reads one node and all its relationships for the details panel.</summary>
public sealed class NodeDetailsQuery(GraphQueryRunner runner)
{
    /// <summary>The node with id <paramref name="nodeId"/>, or null when there is none.</summary>
    public async Task<NodeDetails?> GetAsync(string nodeId, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = nodeId };
        var nodes = await runner.ReadAllAsync(ExplorerQueries.NodeDetails, parameters, cancellationToken);
        if (nodes is not [var nodeRecord, ..] || nodeRecord[ExplorerColumns.Node] is not CypherNode node)
        {
            return null;
        }

        var relationships = await runner.ReadAllAsync(ExplorerQueries.NodeRelationships, parameters, cancellationToken);
        var p = node.Properties;
        return new NodeDetails(
            Text(p, GraphProperties.Id) ?? nodeId,
            Text(p, GraphProperties.Name) ?? nodeId,
            node.Labels is [var kind, ..] ? kind : "Unknown",
            RecordReader.Strings(p.GetValueOrDefault(GraphProperties.Aliases)),
            Text(p, GraphProperties.Start),
            Text(p, GraphProperties.End),
            Text(p, GraphProperties.Description),
            Text(p, GraphProperties.Source),
            Text(p, GraphProperties.Quote),
            Extras(p),
            relationships.Select(r => Relationship(node, r.Get<CypherRelationship>(ExplorerColumns.Relationship), r.Get<CypherNode>(ExplorerColumns.Other))).ToList());
    }

    private static RelationshipDetails Relationship(CypherNode node, CypherRelationship rel, CypherNode other)
    {
        var outgoing = string.Equals(rel.StartElementId, node.ElementId, StringComparison.Ordinal);
        var p = rel.Properties;
        return new RelationshipDetails(
            Text(p, GraphProperties.Id) ?? rel.ElementId,
            rel.Type,
            RecordReader.RelationshipLabel(rel.Type),
            outgoing ? "out" : "in",
            Text(other.Properties, GraphProperties.Id) ?? other.ElementId,
            Text(other.Properties, GraphProperties.Name) ?? other.ElementId,
            other.Labels is [var kind, ..] ? kind : "Unknown",
            Text(p, GraphProperties.Start),
            Text(p, GraphProperties.End),
            Text(p, GraphProperties.Source),
            Text(p, GraphProperties.Quote),
            Extras(p));
    }

    private static string? Text(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.TryGetValue(key, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static Dictionary<string, object?> Extras(IReadOnlyDictionary<string, object?> properties) =>
        properties
            .Where(e => !GraphProperties.Curated.Contains(e.Key))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => (object?)CypherJson.ToElement(e.Value), StringComparer.Ordinal);
}
