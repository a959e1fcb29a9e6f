using System.Collections;
using System.Globalization;
using System.Text;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// A graph as sorted lines of text, one per node and per relationship with every property (map keys
/// sorted), so two graphs compare with one <c>Assert.Equal</c> that names the first difference.
/// Element ids are left out: they differ between engines and loads; the curated ids stay.
/// </summary>
public static class GraphSnapshot
{
    /// <summary>The lines of the graph the files describe, with the properties every engine stores (<see cref="GraphProperties"/>).</summary>
    public static IReadOnlyList<string> Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return Sorted(
            graph.Nodes.Select(n => NodeLine([n.Kind.ToString()], GraphProperties.Of(n))),
            graph.Relationships.Select(r => RelationshipLine(r.StartId, r.Type, r.EndId, GraphProperties.Of(r))));
    }

    /// <summary>The lines of the graph an engine holds, read with two queries.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(ICypherEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var nodes = await RowsAsync(engine, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties", cancellationToken);
        var relationships = await RowsAsync(engine,
            "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties", cancellationToken);
        return Sorted(
            nodes.Select(r => NodeLine(((IEnumerable)r["labels"]!).Cast<string>(), (IReadOnlyDictionary<string, object?>)r["properties"]!)),
            relationships.Select(r => RelationshipLine((string)r["source"]!, (string)r["type"]!, (string)r["target"]!, (IReadOnlyDictionary<string, object?>)r["properties"]!)));
    }

    /// <summary>How many nodes carry each label and relationships have each type, as <c>label: count</c> lines.</summary>
    public static IReadOnlyList<string> CountsOf(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Sorted(
            graph.Nodes.GroupBy(n => n.Kind.ToString()).Select(g => Count("node", g.Key, g.Count())),
            graph.Relationships.GroupBy(r => r.Type).Select(g => Count("relationship", g.Key, g.Count())));
    }

    /// <summary>The counts of <see cref="CountsOf"/> as an engine reports them.</summary>
    public static async Task<IReadOnlyList<string>> ReadCountsAsync(ICypherEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var labels = await RowsAsync(engine, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count", cancellationToken);
        var types = await RowsAsync(engine, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count", cancellationToken);
        return Sorted(
            labels.Select(r => Count("node", (string)r["label"]!, (long)r["count"]!)),
            types.Select(r => Count("relationship", (string)r["type"]!, (long)r["count"]!)));
    }

    private static async Task<List<CypherRecord>> RowsAsync(ICypherEngine engine, string query, CancellationToken cancellationToken)
    {
        var rows = new List<CypherRecord>();
        await using var cursor = await engine.RunAsync(new CypherQuery(query), QueryOptions.Read, cancellationToken);
        await foreach (var record in cursor.WithCancellation(cancellationToken))
        {
            rows.Add(record);
        }

        return rows;
    }

    private static string Count(string what, string name, long count) => string.Create(CultureInfo.InvariantCulture, $"{what} {name}: {count}");

    private static string NodeLine(IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties) =>
        $"({string.Concat(labels.Order(StringComparer.Ordinal).Select(l => ":" + l))} {Render(properties)})";

    private static string RelationshipLine(string start, string type, string end, IReadOnlyDictionary<string, object?> properties) =>
        $"({start})-[:{type} {Render(properties)}]->({end})";

    private static List<string> Sorted(IEnumerable<string> first, IEnumerable<string> second) =>
        [.. first.Concat(second).Order(StringComparer.Ordinal)];

    private static string Render(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                var text = new StringBuilder("{");
                foreach (var (key, item) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    text.Append(text.Length > 1 ? ", " : string.Empty).Append(key).Append(": ").Append(Render(item));
                }

                return text.Append('}').ToString();
            case string or CypherNode or CypherRelationship or CypherPath:
                return CypherValues.ToLiteral(value);
            case int i:
                return CypherValues.ToLiteral((long)i);
            case IEnumerable list:
                return "[" + string.Join(", ", list.Cast<object?>().Select(Render)) + "]";
            default:
                return CypherValues.ToLiteral(value);
        }
    }
}
