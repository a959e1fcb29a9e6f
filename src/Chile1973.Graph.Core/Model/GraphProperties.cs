namespace Chile1973.Graph.Core.Model;

/// <summary>
/// How curated nodes and relationships become property-graph properties. The embedded store, the
/// JSON export and the Neo4j importer all use this one mapping, so a query sees the same graph on
/// either engine.
/// </summary>
public static class GraphProperties
{
    /// <summary>Property holding the stable curated id on nodes and relationships.</summary>
    public const string Id = "id";
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Start = "start";
    public const string End = "end";
    public const string Description = "description";
    public const string Source = "source";
    public const string Quote = "quote";

    /// <summary>The curated properties, in the order the export writes them; a graph's other properties follow by key.</summary>
    public static IReadOnlyList<string> Curated { get; } = [Id, Name, Aliases, Start, End, Description, Source, Quote];

    /// <summary>
    /// Property every relationship carries: the category its type is declared under in
    /// <c>graph/vocabulary/relationship-types.csv</c> (<c>causal</c>, <c>influence</c>, ...).
    /// </summary>
    public const string Category = "category";

    /// <summary>
    /// The properties of a node: <c>id</c>, <c>name</c>, <c>aliases</c> (a list, possibly empty),
    /// <c>start</c>/<c>end</c> as ISO partial-date strings, <c>description</c>, <c>source</c>,
    /// <c>quote</c>, then the node's extra properties. Absent values are left out.
    /// </summary>
    public static Dictionary<string, object?> Of(GraphNode node)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Id] = node.Id,
            [Name] = node.Name,
            [Aliases] = node.Aliases.Cast<object?>().ToList(),
        };
        AddDates(properties, node.Start, node.End);
        if (!string.IsNullOrEmpty(node.Description))
        {
            properties[Description] = node.Description;
        }

        AddProvenanceAndExtras(properties, node.Provenance, node.Properties);
        return properties;
    }

    /// <summary>
    /// The properties of a relationship: <c>id</c>, <c>start</c>/<c>end</c> as ISO partial-date
    /// strings, <c>source</c>, <c>quote</c>, then its extra properties. Absent values are left out.
    /// </summary>
    public static Dictionary<string, object?> Of(GraphRelationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { [Id] = relationship.Id };
        AddDates(properties, relationship.Start, relationship.End);
        AddProvenanceAndExtras(properties, relationship.Provenance, relationship.Properties);
        return properties;
    }

    private static void AddDates(Dictionary<string, object?> properties, PartialDate? start, PartialDate? end)
    {
        if (start is { } s)
        {
            properties[Start] = s.ToString();
        }

        if (end is { } e)
        {
            properties[End] = e.ToString();
        }
    }

    private static void AddProvenanceAndExtras(
        Dictionary<string, object?> properties, Provenance provenance, IReadOnlyDictionary<string, object?> extras)
    {
        properties[Source] = provenance.Source;
        properties[Quote] = provenance.Quote;
        foreach (var (key, value) in extras)
        {
            if (value is not null)
            {
                // Arrays from typed CSV columns cross the port as Cypher lists.
                properties[key] = value is System.Collections.IEnumerable list and not string
                    ? list.Cast<object?>().ToList()
                    : value;
            }
        }
    }
}
