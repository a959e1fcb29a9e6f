using Chile1973.Graph.Cypher.Store;

namespace Chile1973.Graph.Benchmarks;

/// <summary>The query shapes an explorer runs every day, as in the bench README, with the nodes they start from.</summary>
internal static class QueryShapes
{
    public const string OneHop = """
        MATCH (a {id: $id})-[r]-(b)
        RETURN b.id AS id, b.name AS name, labels(b)[0] AS label, type(r) AS type, r.since AS since LIMIT 500
        """;

    public const string TwoHop = """
        MATCH (a {id: $id})-[r1]-(b)-[r2]-(c) WHERE c.id <> a.id
        RETURN DISTINCT b.id AS b, b.name AS bName, labels(b)[0] AS bLabel, type(r1) AS t1,
                        c.id AS c, c.name AS cName, labels(c)[0] AS cLabel, type(r2) AS t2 LIMIT 500
        """;

    public const string ShortestPath = """
        MATCH p = shortestPath((a {id: $src})-[*1..6]-(b {id: $dst}))
        RETURN length(p) AS hops, [x IN nodes(p) | x.id] AS ids, [x IN relationships(p) | type(x)] AS types
        """;

    /// <summary>Every plot chain from one event to another, written as Neo4j 5 users write it (a quantified relationship).</summary>
    public const string PlotChain = """
        MATCH p = (:Event {id: $from})-[:LED_TO]->+(:Event {id: $to})
        RETURN [x IN nodes(p) | x.id] AS chain
        """;

    /// <summary>The five shortest trails between two nodes over any relationship, Neo4j 5's <c>SHORTEST k</c>.</summary>
    public const string ShortestFive = """
        MATCH p = SHORTEST 5 (a {id: $src})-[]-+(b {id: $dst})
        RETURN length(p) AS hops, [x IN nodes(p) | x.id] AS ids
        """;

    public const string NamePrefix = """
        MATCH (n) WHERE n.name STARTS WITH $p RETURN n.id AS id, n.name AS name, labels(n)[0] AS label LIMIT 10
        """;

    public const string CountByLabel = """
        MATCH (n) RETURN labels(n)[0] AS label, count(*) AS c ORDER BY c DESC
        """;

    /// <summary>The <c>id</c> of the node with the most relationships.</summary>
    public static string BiggestHub(GraphStore store)
    {
        var best = 0;
        for (var node = 1; node < store.NodeIdLimit; node++)
        {
            if (store.Degree(node, Direction.Both) > store.Degree(best, Direction.Both))
            {
                best = node;
            }
        }

        return IdOf(store, best);
    }

    /// <summary>The <c>id</c> of a node of ordinary degree (between 5 and 20), found from a fixed position so runs compare.</summary>
    public static string TypicalNode(GraphStore store, double position)
    {
        var start = (int)(store.NodeIdLimit * position);
        for (var i = 0; i < store.NodeIdLimit; i++)
        {
            var node = (start + i) % store.NodeIdLimit;
            if (store.Degree(node, Direction.Both) is >= 5 and <= 20)
            {
                return IdOf(store, node);
            }
        }

        return IdOf(store, start);
    }

    /// <summary>The first <paramref name="length"/> characters of a typical node's name.</summary>
    public static string NamePrefixOf(GraphStore store, double position, int length)
    {
        var name = (string)store.NodeProperty(store.NodesById(TypicalNode(store, position))[0], store.PropertyKeys.Find(GraphStore.NameProperty))!;
        return name[..Math.Min(length, name.Length)];
    }

    private static string IdOf(GraphStore store, int node) => (string)store.NodeProperty(node, store.PropertyKeys.Find(GraphStore.IdProperty))!;
}
