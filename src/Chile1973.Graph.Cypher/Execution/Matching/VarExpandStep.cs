using Chile1973.Graph.Core.Store;

namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// Follows <c>min..max</c> relationships from a bound node, never the same relationship twice in one match,
/// and binds the list of relationships (in pattern order) and the node reached.
/// </summary>
internal sealed class VarExpandStep(
    int fromSlot,
    int relSlot,
    int toSlot,
    Direction direction,
    string[] types,
    long min,
    long max,
    EntityCheck relCheck,
    EntityCheck toCheck,
    bool relBound,
    bool toBound,
    bool reversed) : MatchStep
{
    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        if (row[fromSlot] is not NodeRef from)
        {
            return [];
        }

        if (relBound)
        {
            return FollowBound(context, row, state, from.Id);
        }

        var tokens = EntityCheck.TypeTokens(context.Store, types);
        return Search(context, row, state, from.Id, 0, tokens, []);
    }

    private IEnumerable<object?[]> Search(QueryContext context, object?[] row, MatchState state, int node, long depth, int[]? tokens, List<int> path)
    {
        var store = context.Store;
        if (depth >= min && Accept(context, row, node))
        {
            yield return Bind(row, path, node);
        }

        if (depth >= max)
        {
            yield break;
        }

        foreach (var (segment, pass) in Adjacency.Segments(store, node, direction, tokens))
        {
            for (var i = 0; i < segment.Count; i++)
            {
                context.Tick();
                var rel = segment[i];
                if (state.IsUsed(rel) || Adjacency.SkipSelfLoop(store, direction, pass, rel))
                {
                    continue;
                }

                if (!relCheck.IsEmpty && !relCheck.MatchesRelationshipProperties(context, row, rel))
                {
                    continue;
                }

                var other = pass == Direction.Outgoing ? store.EndNode(rel) : store.StartNode(rel);
                state.Push(rel);
                path.Add(rel);
                foreach (var output in Search(context, row, state, other, depth + 1, tokens, path))
                {
                    yield return output;
                }

                path.RemoveAt(path.Count - 1);
                state.Pop();
            }
        }
    }

    // A relationship list bound earlier (MATCH ... WITH r MATCH ()-[r*]->()) must be walkable from the start node.
    private IEnumerable<object?[]> FollowBound(QueryContext context, object?[] row, MatchState state, int from)
    {
        if (row[relSlot] is not IReadOnlyList<object?> rels || rels.Count < min || rels.Count > max)
        {
            yield break;
        }

        var store = context.Store;
        var node = from;
        var path = new List<int>();
        var ordered = reversed ? rels.Reverse() : rels;
        foreach (var item in ordered)
        {
            if (item is not RelRef rel || !store.RelationshipExists(rel.Id) || state.IsUsed(rel.Id) || path.Contains(rel.Id))
            {
                yield break;
            }

            var start = store.StartNode(rel.Id);
            var end = store.EndNode(rel.Id);
            int next;
            if (direction != Direction.Incoming && start == node)
            {
                next = end;
            }
            else if (direction != Direction.Outgoing && end == node)
            {
                next = start;
            }
            else
            {
                yield break;
            }

            path.Add(rel.Id);
            node = next;
        }

        if (Accept(context, row, node))
        {
            var output = (object?[])row.Clone();
            if (!toBound)
            {
                output[toSlot] = new NodeRef(node);
            }

            yield return output;
        }
    }

    private bool Accept(QueryContext context, object?[] row, int node) =>
        toBound ? row[toSlot] is NodeRef target && target.Id == node : toCheck.MatchesNode(context, row, node);

    private object?[] Bind(object?[] row, List<int> path, int node)
    {
        var output = (object?[])row.Clone();
        var rels = new List<object?>(path.Count);
        if (reversed)
        {
            for (var i = path.Count - 1; i >= 0; i--)
            {
                rels.Add(new RelRef(path[i]));
            }
        }
        else
        {
            foreach (var rel in path)
            {
                rels.Add(new RelRef(rel));
            }
        }

        output[relSlot] = rels;
        if (!toBound)
        {
            output[toSlot] = new NodeRef(node);
        }

        return output;
    }
}
