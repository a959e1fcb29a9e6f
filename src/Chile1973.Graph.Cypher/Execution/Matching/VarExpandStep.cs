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
        return Search(context, row, state, from.Id, tokens);
    }

    /// <summary>
    /// Depth-first, with the path kept in an explicit stack of candidate lists rather than nested iterators: a path of
    /// a hundred thousand relationships (an unbounded <c>*</c> on a long chain) must not overflow the thread's stack.
    /// </summary>
    private IEnumerable<object?[]> Search(QueryContext context, object?[] row, MatchState state, int start, int[]? tokens)
    {
        var path = new List<int>();
        if (min <= 0 && Accept(context, row, start))
        {
            yield return Bind(row, path, start);
        }

        if (max <= 0)
        {
            yield break;
        }

        // frames[i] holds the relationships still to try from the node reached after path[..i].
        var frames = new List<IEnumerator<(int Rel, int Other)>> { Candidates(context, row, state, start, tokens).GetEnumerator() };
        try
        {
            while (frames.Count > 0)
            {
                var top = frames[^1];
                if (!top.MoveNext())
                {
                    top.Dispose();
                    frames.RemoveAt(frames.Count - 1);
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                        state.Pop();
                    }

                    continue;
                }

                var (rel, other) = top.Current;
                state.Push(rel);
                path.Add(rel);
                if (path.Count >= min && Accept(context, row, other))
                {
                    yield return Bind(row, path, other);
                }

                if (path.Count < max)
                {
                    frames.Add(Candidates(context, row, state, other, tokens).GetEnumerator());
                }
                else
                {
                    path.RemoveAt(path.Count - 1);
                    state.Pop();
                }
            }
        }
        finally
        {
            // A reader that stops early (LIMIT, EXISTS) leaves the path's relationships to give back.
            foreach (var frame in frames)
            {
                frame.Dispose();
            }

            for (var i = 0; i < path.Count; i++)
            {
                state.Pop();
            }
        }
    }

    private IEnumerable<(int Rel, int Other)> Candidates(QueryContext context, object?[] row, MatchState state, int node, int[]? tokens) =>
        Adjacency.Neighbours(context, node, direction, tokens)
            .Where(step => !state.IsUsed(step.Rel) && (relCheck.IsEmpty || relCheck.MatchesRelationshipProperties(context, row, step.Rel)));

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
            var output = Rows.Copy(row);
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
        var output = Rows.Copy(row);
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
