namespace Chile1973.Graph.Core.Explorer;

/// <summary>
/// Every Cypher statement the explorer runs, the one list the web app, the benchmarks and the
/// contract suite (which runs each on every engine) read. All are read-only templates with
/// parameters; user text only ever reaches the engine as a parameter value. A new lens adds its
/// template here as a <c>public const string</c> (its columns in <see cref="ExplorerColumns"/>) and a
/// case naming it in the contract suite's <c>contract-cases.json</c>.
/// </summary>
public static partial class ExplorerQueries
{
    /// <summary>Every template by name: the contract suite runs each on every engine. A new template is listed here too.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Search)] = Search,
        [nameof(NodeElement)] = NodeElement,
        [nameof(RingCandidates)] = RingCandidates,
        [nameof(RingNeighbours)] = RingNeighbours,
        [nameof(RingAttachments)] = RingAttachments,
        [nameof(RingEdges)] = RingEdges,
        [nameof(NodeDetails)] = NodeDetails,
        [nameof(NodeRelationships)] = NodeRelationships,
        [nameof(MostConnectedNodes)] = MostConnectedNodes,
        [nameof(Counts)] = Counts,
        [nameof(LabelCounts)] = LabelCounts,
        [nameof(TypeCounts)] = TypeCounts,
        [nameof(ExportNodes)] = ExportNodes,
        [nameof(ExportRelationships)] = ExportRelationships,
        [nameof(NamesAndAliases)] = NamesAndAliases,
        [nameof(SchemaLabels)] = SchemaLabels,
        [nameof(SchemaRelationshipTypes)] = SchemaRelationshipTypes,
        [nameof(SchemaPropertyKeys)] = SchemaPropertyKeys,
        [nameof(SchemaCategories)] = SchemaCategories,
        [nameof(LensSteps)] = LensSteps,
        [nameof(LensLinks)] = LensLinks,
        [nameof(NodeElements)] = NodeElements,
        [nameof(InfluenceLinks)] = InfluenceLinks,
        [nameof(InfluenceEvidence)] = InfluenceEvidence,
        [nameof(CategoryCounts)] = CategoryCounts,
        [nameof(Probe)] = Probe,
        [nameof(QuotedNodes)] = QuotedNodes,
        [nameof(QuotedRelationships)] = QuotedRelationships,
    };

    /// <summary>The full-text index over node names and aliases that <see cref="Search"/> queries.</summary>
    public const string NameIndex = "node_names";

    /// <summary>
    /// Name and alias search over the <see cref="NameIndex"/> full-text index. Params: <c>query</c>
    /// (Lucene syntax, see <see cref="LuceneQueryText.ForPrefix"/>), <c>limit</c>.
    /// </summary>
    /// <remarks>
    /// The index keeps only the best <c>limit</c> matches (its <c>limit</c> option), so a common word that matches
    /// a hundred thousand names is not ranked in full by the query; the ORDER BY then settles ties by name.
    /// </remarks>
    public const string Search = $$"""
        CALL db.index.fulltext.queryNodes('{{NameIndex}}', $query, {limit: $limit}) YIELD node, score
        RETURN node.id AS id, node.name AS name, labels(node) AS labels, node.aliases AS aliases, score
        ORDER BY score DESC, name
        LIMIT $limit
        """;

    /// <summary>One node as a graph element. Params: <c>id</c>.</summary>
    public const string NodeElement = """
        MATCH (n)
        WHERE n.id = $id
        RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.start AS startDate, n.end AS endDate,
               n.description AS description, COUNT { (n)--() } AS degree
        """;

    /// <summary>
    /// The candidates of a ring that grows from one node (the first ring, or a ring after a ring of one): its most
    /// relevant neighbours not yet delivered (highest degree, then name, then id), at most <c>take</c> of them, with
    /// the node they hang from and how many undelivered neighbours it read (<c>unseen</c>). Only what ranks them is
    /// read; the nodes a ring sends are read in full afterwards (<see cref="NodeElements"/>). Params: <c>frontier</c>,
    /// <c>seen</c>, <c>scan</c>, <c>take</c>.
    /// </summary>
    /// <remarks>
    /// The node reads at most <c>scan</c> of its neighbours and ranks only those: a hub of a large graph has tens of
    /// thousands, and a ring shows a few hundred elements at most. Below that many neighbours every one is ranked, so
    /// the answer is the same on every engine; above it, which ones are read first is the engine's. The neighbours
    /// read are collected once, for their count, and only the best <c>take</c> are kept in rank order (an ORDER BY
    /// with a LIMIT keeps a small heap rather than sorting them all, and reads a name only to break a tie of degrees
    /// that could still be kept).
    /// </remarks>
    public const string RingCandidates = $$"""
        {{FrontierReads}}
          WITH collect(m) AS read
          UNWIND read AS m
          WITH size(read) AS unseen, m, COUNT { (m)--() } AS degree
          ORDER BY degree DESC, m.name, m.id
          LIMIT $take
          RETURN unseen, m.id AS id, m.name AS name, degree
        }
        RETURN n.id AS via, unseen, id, name, degree
        """;

    /// <summary>
    /// The candidates of a ring that grows from several nodes: every undelivered neighbour each frontier node reads,
    /// up to <c>scan</c> from each, with what ranks it (degree, name) and the frontier node it hangs from; a neighbour
    /// of two frontier nodes comes once from each. Params: <c>frontier</c>, <c>seen</c>, <c>scan</c>.
    /// </summary>
    /// <remarks>
    /// Unranked: the ring's fair selection ranks each frontier node's candidates itself, and a frontier node of a wide
    /// ring reads about as many as the ring may send, so ranking them here as well cost more than sending them all
    /// (a second ring's candidates on the generated graph: 4.5 ms of processor time ranked, 3.1 ms unranked). With every
    /// read sent, the count of neighbours held back is the distinct ids less those sent, with no second query.
    /// </remarks>
    public const string RingNeighbours = $$"""
        {{FrontierReads}}
          RETURN m.id AS id, m.name AS name, COUNT { (m)--() } AS degree
        }
        RETURN n.id AS via, id, name, degree
        """;

    // What a ring reads to rank, written once for RingCandidates and RingNeighbours. Opens a subquery per frontier node
    // `n` that each template goes on and closes.
    private const string FrontierReads = """
        MATCH (n)
        WHERE n.id IN $frontier
        CALL (n) {
          MATCH (n)--(m)
          WHERE NOT m.id IN $seen
          WITH DISTINCT m
          LIMIT $scan
        """;

    /// <summary>
    /// The edge that ties each fresh node of a ring to a node sent before it: of its relationships to <c>before</c>
    /// (the nodes sent in earlier rings), the one with the lowest id. Params: <c>fresh</c>, <c>before</c>.
    /// </summary>
    /// <remarks>
    /// One row per fresh node at most, however many relationships join it to what was sent: between a hub's best
    /// connected neighbours there are thousands, and a ring sends one to attach each node and few more.
    /// </remarks>
    public const string RingAttachments = """
        MATCH (a)
        WHERE a.id IN $fresh
        CALL (a) {
          MATCH (a)-[r]-(b)
          WHERE b.id IN $before
          WITH r
          ORDER BY r.id
          LIMIT 1
          RETURN r
        }
        RETURN r.id AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy, r.category AS category
        ORDER BY id
        """;

    /// <summary>
    /// The relationships a ring adds, lowest ids first, at most <c>take</c> of them: those touching a fresh node whose
    /// other end is delivered too (<c>delivered</c> includes <c>fresh</c>; <c>before</c> is <c>delivered</c> without
    /// <c>fresh</c>). Params: <c>fresh</c>, <c>delivered</c>, <c>before</c>, <c>take</c>.
    /// </summary>
    /// <remarks>
    /// Anchored on the fresh nodes, so the engine seeks them by id and walks only their relationships; the directed
    /// form with an OR of both ends had no anchor and read every relationship of the graph on each ring. Each
    /// relationship is kept once: from its start node, or from its fresh end when the other was sent before. Kept from
    /// both ends, a relationship between two fresh nodes came twice, and between a hub's best-connected neighbours
    /// that is most of them (3,800 rows for 1,970 relationships; a DISTINCT then dropped the second): the condition is
    /// tested before a row is made. Ordered and cut before the columns are read, so only the relationships sent are
    /// read in full.
    /// </remarks>
    public const string RingEdges = """
        MATCH (a)-[r]-(b)
        WHERE a.id IN $fresh AND b.id IN $delivered AND (startNode(r) = a OR b.id IN $before)
        WITH r
        ORDER BY r.id
        LIMIT $take
        RETURN r.id AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy, r.category AS category
        """;

    /// <summary>A node with all its properties. Params: <c>id</c>.</summary>
    public const string NodeDetails = """
        MATCH (n)
        WHERE n.id = $id
        RETURN n AS node
        """;

    /// <summary>Every relationship of a node, with the node at its other end. Params: <c>id</c>.</summary>
    public const string NodeRelationships = """
        MATCH (n)-[r]-(m)
        WHERE n.id = $id
        RETURN r AS rel, m AS other
        ORDER BY type(r), m.name
        """;

    /// <summary>
    /// The most connected nodes, best first (ties by id), at most <c>take</c>: the fallback first view (one of them)
    /// and the nodes whose neighbourhoods the app computes before it takes readers. Params: <c>take</c>.
    /// </summary>
    public const string MostConnectedNodes = """
        MATCH (n)
        RETURN n.id AS id, COUNT { (n)--() } AS degree
        ORDER BY degree DESC, id
        LIMIT $take
        """;

    /// <summary>
    /// The size of the graph. Each relationship is counted once, at its start node, from the node's degree: matching
    /// every relationship instead makes a row of each, millions on a large graph.
    /// </summary>
    public const string Counts = """
        MATCH (n)
        RETURN count(n) AS nodes, sum(COUNT { (n)-->() }) AS relationships
        """;

    /// <summary>Nodes by label, for the CLI's <c>stats</c>.</summary>
    public const string LabelCounts = """
        MATCH (n)
        UNWIND labels(n) AS label
        RETURN label, count(*) AS count
        """;

    /// <summary>Relationships by type, for the CLI's <c>stats</c>.</summary>
    public const string TypeCounts = """
        MATCH ()-[r]->()
        RETURN type(r) AS type, count(*) AS count
        """;

    /// <summary>Every node with all its properties, in id order, for the CLI's <c>export</c>.</summary>
    public const string ExportNodes = """
        MATCH (n)
        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
        ORDER BY id
        """;

    /// <summary>Every relationship with its ends and all its properties, in id order, for the CLI's <c>export</c>.</summary>
    public const string ExportRelationships = """
        MATCH (a)-[r]->(b)
        RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
        ORDER BY id
        """;

    /// <summary>Every node's name and aliases, for the CLI's <c>coverage</c>.</summary>
    public const string NamesAndAliases = """
        MATCH (n)
        RETURN n.name AS name, n.aliases AS aliases
        """;

    /// <summary>The cheapest question the engine can answer: is it there.</summary>
    public const string Probe = "RETURN 1 AS ok";

    /// <summary>The node labels, for the console's completion.</summary>
    public const string SchemaLabels = """
        CALL db.labels() YIELD label
        RETURN label AS name ORDER BY name
        """;

    /// <summary>The relationship types, for the console's completion.</summary>
    public const string SchemaRelationshipTypes = """
        CALL db.relationshipTypes() YIELD relationshipType
        RETURN relationshipType AS name ORDER BY name
        """;

    /// <summary>The property keys, for the console's completion.</summary>
    public const string SchemaPropertyKeys = """
        CALL db.propertyKeys() YIELD propertyKey
        RETURN propertyKey AS name ORDER BY name
        """;

    /// <summary>The relationship categories (the <c>category</c> property), for the console's completion.</summary>
    public const string SchemaCategories = """
        MATCH ()-[r]->()
        WHERE r.category IS NOT NULL
        RETURN DISTINCT r.category AS name ORDER BY name
        """;
}
