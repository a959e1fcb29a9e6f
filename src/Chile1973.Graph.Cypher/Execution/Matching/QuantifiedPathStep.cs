namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// A quantified path pattern <c>((a)-[r]-&gt;(b) WHERE p){min,max}</c> from a bound node: the inner chain repeated,
/// each repetition starting at the node the previous one reached, no relationship twice in the whole match.
/// Each repetition binds the inner variables on a scratch copy of the row (where the inner WHERE sees them);
/// the match then binds each group variable to the list of its bindings in path order, the relationships
/// crossed (for the path), and the node reached. Expanded from the pattern's far end, the hops come reversed
/// and the lists are turned back at the end.
/// </summary>
internal sealed class QuantifiedPathStep(
    int fromSlot,
    int toSlot,
    bool toBound,
    EntityCheck toCheck,
    long min,
    long max,
    int innerStartSlot,
    EntityCheck innerStartCheck,
    GroupHop[] hops,
    Evaluator? where,
    (int Inner, int Group)[] groups,
    int relationshipsSlot,
    bool reversed) : MatchStep
{
    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        if (row[fromSlot] is not NodeRef from)
        {
            return [];
        }

        var values = groups.Select(static _ => new List<object?>()).ToArray();
        return Repeat(context, row, state, from.Id, 0, values, []);
    }

    private IEnumerable<object?[]> Repeat(QueryContext context, object?[] row, MatchState state, int node, long count, List<object?>[] values, List<int> crossed)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        CypherErrors.EnsureStack("A quantified path pattern");
        if (count >= min && Accept(context, row, node))
        {
            yield return Bind(row, node, values, crossed);
        }

        if (count >= max)
        {
            yield break;
        }

        var scratch = Rows.Copy(row);
        scratch[innerStartSlot] = new NodeRef(node);
        if (!innerStartCheck.MatchesNode(context, scratch, node))
        {
            yield break;
        }

        foreach (var (repetition, end) in Hop(context, scratch, state, node, 0, crossed))
        {
            if (where is not null && where(context, repetition) is not true)
            {
                continue;
            }

            for (var g = 0; g < groups.Length; g++)
            {
                values[g].Add(repetition[groups[g].Inner]);
            }

            try
            {
                foreach (var output in Repeat(context, row, state, end, count + 1, values, crossed))
                {
                    yield return output;
                }
            }
            finally
            {
                foreach (var list in values)
                {
                    list.RemoveAt(list.Count - 1);
                }
            }
        }
    }

    // The hops of one repetition, depth first; each yielded repetition keeps its relationships in use while the caller goes on.
    private IEnumerable<(object?[] Row, int End)> Hop(QueryContext context, object?[] scratch, MatchState state, int node, int index, List<int> crossed)
    {
        if (index == hops.Length)
        {
            yield return (scratch, node);
            yield break;
        }

        var hop = hops[index];
        var store = context.Store;
        var tokens = EntityCheck.TypeTokens(store, hop.Types);
        foreach (var (segment, pass) in Adjacency.Segments(store, node, hop.Direction, tokens))
        {
            for (var i = 0; i < segment.Count; i++)
            {
                context.Tick();
                var rel = segment[i];
                if (state.IsUsed(rel) || Adjacency.SkipSelfLoop(store, hop.Direction, pass, rel, node))
                {
                    continue;
                }

                var other = GraphStore.OtherEnds(segment)[i];
                var next = Rows.Copy(scratch);
                next[hop.RelationshipSlot] = new RelRef(rel);
                next[hop.NodeSlot] = new NodeRef(other);
                if ((!hop.RelationshipCheck.IsEmpty && !hop.RelationshipCheck.MatchesRelationshipProperties(context, next, rel))
                    || !hop.NodeCheck.MatchesNode(context, next, other))
                {
                    continue;
                }

                state.Push(rel);
                crossed.Add(rel);
                try
                {
                    foreach (var result in Hop(context, next, state, other, index + 1, crossed))
                    {
                        yield return result;
                    }
                }
                finally
                {
                    crossed.RemoveAt(crossed.Count - 1);
                    state.Pop();
                }
            }
        }
    }

    private bool Accept(QueryContext context, object?[] row, int node) =>
        toBound ? row[toSlot] is NodeRef target && target.Id == node : toCheck.MatchesNode(context, row, node);

    private object?[] Bind(object?[] row, int node, List<object?>[] values, List<int> crossed)
    {
        var output = Rows.Copy(row);
        for (var g = 0; g < groups.Length; g++)
        {
            var list = new List<object?>(values[g]);
            if (reversed)
            {
                list.Reverse();
            }

            output[groups[g].Group] = list;
        }

        var rels = crossed.Select(static r => (object?)new RelRef(r)).ToList();
        if (reversed)
        {
            rels.Reverse();
        }

        output[relationshipsSlot] = rels;
        if (!toBound)
        {
            output[toSlot] = new NodeRef(node);
        }

        return output;
    }
}
