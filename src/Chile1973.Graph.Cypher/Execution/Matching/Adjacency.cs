namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>Walks a node's relationships for a direction and a set of types, straight off the store's arrays.</summary>
internal static class Adjacency
{
    /// <summary>
    /// The segments to visit: per direction (both = outgoing then incoming) and per type (null = all types).
    /// In the incoming pass of <see cref="Direction.Both"/> self-loops must be skipped; see <see cref="SkipSelfLoop"/>.
    /// </summary>
    public static IEnumerable<(ArraySegment<int> Segment, Direction Direction)> Segments(GraphStore store, int node, Direction direction, int[]? types)
    {
        if (direction != Direction.Incoming)
        {
            foreach (var segment in For(store, node, Direction.Outgoing, types))
            {
                yield return (segment, Direction.Outgoing);
            }
        }

        if (direction != Direction.Outgoing)
        {
            foreach (var segment in For(store, node, Direction.Incoming, types))
            {
                yield return (segment, Direction.Incoming);
            }
        }
    }

    /// <summary>
    /// Each relationship of <paramref name="node"/> for the direction and types (a self-loop once) with the node at
    /// its other end; each counts as a step of the query's work.
    /// </summary>
    public static IEnumerable<(int Rel, int Other)> Neighbours(QueryContext context, int node, Direction direction, int[]? types)
    {
        var store = context.Store;
        foreach (var (segment, pass) in Segments(store, node, direction, types))
        {
            for (var i = 0; i < segment.Count; i++)
            {
                context.Tick();
                var rel = segment[i];
                if (!SkipSelfLoop(store, direction, pass, rel))
                {
                    yield return (rel, pass == Direction.Outgoing ? store.EndNode(rel) : store.StartNode(rel));
                }
            }
        }
    }

    public static bool SkipSelfLoop(GraphStore store, Direction requested, Direction pass, int rel) =>
        requested == Direction.Both && pass == Direction.Incoming && store.StartNode(rel) == store.EndNode(rel);

    private static IEnumerable<ArraySegment<int>> For(GraphStore store, int node, Direction direction, int[]? types)
    {
        if (types is null)
        {
            yield return store.RelationshipSegment(node, direction);
            yield break;
        }

        foreach (var type in types)
        {
            yield return store.RelationshipSegment(node, direction, type);
        }
    }
}
