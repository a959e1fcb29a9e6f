namespace Chile1973.Graph.Core.Explorer;

/// <summary>The templates of the lenses: paths, the plot chain and influence.</summary>
public static partial class ExplorerQueries
{
    /// <summary>
    /// The steps out of a frontier in either direction, through relationships of the listed categories
    /// (any when <c>categories</c> is null) and, with <c>factsOnly</c>, only those no one is credited with
    /// claiming; with <c>others</c>, only those to the listed nodes. Each row is one relationship seen from one
    /// frontier node. Params: <c>frontier</c>, <c>others</c>, <c>categories</c>, <c>factsOnly</c>.
    /// </summary>
    public const string LensSteps = """
        MATCH (n)-[r]-(m)
        WHERE n.id IN $frontier
          AND ($others IS NULL OR m.id IN $others)
          AND ($categories IS NULL OR r.category IN $categories)
          AND ($factsOnly = false OR r.claimed_by IS NULL)
        RETURN n.id AS via, m.id AS other, labels(m) AS otherLabels, m.start AS otherStart, r.id AS id, startNode(r).id AS source,
               endNode(r).id AS target, type(r) AS type, r.category AS category, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy
        """;

    /// <summary>
    /// The same steps as <see cref="LensSteps"/> with only what a path search walks by (the ends and the
    /// relationship's identity) and how many relationships the other end has (what reading it would cost, so the
    /// search can expand the cheaper side): a frontier next to a hub reads thousands of them, and the path lens reads
    /// the whole steps of the few on its answer afterwards. Params: <c>frontier</c>, <c>categories</c>, <c>factsOnly</c>.
    /// </summary>
    public const string LensLinks = """
        MATCH (n)-[r]-(m)
        WHERE n.id IN $frontier
          AND ($categories IS NULL OR r.category IN $categories)
          AND ($factsOnly = false OR r.claimed_by IS NULL)
        RETURN n.id AS via, m.id AS other, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
               COUNT { (m)-->() } + COUNT { (m)<--() } AS otherDegree
        """;

    /// <summary>Several nodes as graph elements, in id order. Params: <c>ids</c>.</summary>
    public const string NodeElements = """
        MATCH (n)
        WHERE n.id IN $ids
        RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.start AS startDate, n.end AS endDate,
               n.description AS description, COUNT { (n)--() } AS degree
        ORDER BY id
        """;

    /// <summary>
    /// Every relationship of the listed categories, the input of the influence scores (which leave out a
    /// node's relationships to itself). Params: <c>categories</c>.
    /// </summary>
    public const string InfluenceEdges = """
        MATCH (a)-[r]->(b)
        WHERE r.category IN $categories
        RETURN a.id AS source, b.id AS target, r.id AS id, type(r) AS type, r.category AS category, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy
        """;

    /// <summary>Each relationship category in the graph and how many relationships it has: the lenses' category filter.</summary>
    public const string CategoryCounts = """
        MATCH ()-[r]->()
        WHERE r.category IS NOT NULL
        RETURN r.category AS category, count(r) AS relationships
        ORDER BY category
        """;
}
