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
                if (!SkipSelfLoop(store, direction, pass, rel, node))
                {
                    yield return (rel, GraphStore.OtherEnds(segment)[i]);
                }
            }
        }
    }

    /// <summary>
    /// How many relationships <see cref="Neighbours"/> would yield, counted off the segments' lengths without
    /// enumerating them (a self-loop's second visit is the only one looked at): a degree read for every row of a
    /// query, as <c>COUNT { (m)--() }</c> is, then costs no allocation.
    /// </summary>
    public static long Count(GraphStore store, int node, Direction direction, int[]? types)
    {
        if (types is null)
        {
            return store.Degree(node, direction);
        }

        var count = 0L;
        foreach (var type in types)
        {
            if (direction != Direction.Incoming)
            {
                count += store.RelationshipSegment(node, Direction.Outgoing, type).Count;
            }

            if (direction == Direction.Incoming)
            {
                count += store.RelationshipSegment(node, Direction.Incoming, type).Count;
            }
            else if (direction == Direction.Both)
            {
                foreach (var rel in store.RelationshipSegment(node, Direction.Incoming, type))
                {
                    count += SkipSelfLoop(store, direction, Direction.Incoming, rel, node) ? 0 : 1;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Whether <paramref name="rel"/>, met in <paramref name="node"/>'s adjacency, is a self-loop's second visit (its
    /// incoming entry when both directions are walked). Asked of a node without self-loops, the usual case, it reads
    /// nothing of the relationship: on a large graph that read is a cache miss per relationship walked.
    /// </summary>
    public static bool SkipSelfLoop(GraphStore store, Direction requested, Direction pass, int rel, int node) =>
        requested == Direction.Both && pass == Direction.Incoming && store.HasSelfLoops(node) && store.StartNode(rel) == node;

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
