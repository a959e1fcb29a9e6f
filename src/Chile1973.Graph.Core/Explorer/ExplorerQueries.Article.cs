namespace Chile1973.Graph.Core.Explorer;

/// <summary>The templates of the article beside the graph and of the timeline: every fact with its quote and dates.</summary>
public static partial class ExplorerQueries
{
    /// <summary>Every node that quotes a source, with its dates, in id order.</summary>
    public const string QuotedNodes = """
        MATCH (n)
        WHERE n.quote IS NOT NULL
        RETURN n.id AS id, n.source AS source, n.quote AS quote, n.start AS startDate, n.end AS endDate
        ORDER BY id
        """;

    /// <summary>
    /// Every relationship that quotes a source, as a graph element with its quote and dates, in id order; the
    /// source document is in <see cref="ExplorerColumns.Document"/>, since <see cref="ExplorerColumns.Source"/> is the start node.
    /// </summary>
    public const string QuotedRelationships = """
        MATCH (a)-[r]->(b)
        WHERE r.quote IS NOT NULL
        RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.source AS document, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy, r.category AS category
        ORDER BY id
        """;
}
