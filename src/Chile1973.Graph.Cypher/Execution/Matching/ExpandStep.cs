using System.Buffers;

namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>Follows one relationship from a bound node and binds the relationship and the node at its other end.</summary>
internal sealed class ExpandStep(
    int fromSlot,
    int relSlot,
    int toSlot,
    Direction direction,
    string[] types,
    EntityCheck relCheck,
    EntityCheck toCheck,
    bool relBound,
    bool toBound,
    Evaluator? candidateFilter = null,
    ReachedIdFilter? reachedIds = null) : MatchStep
{
    // Every row is bound into a copy of the input row (Bind), and only the input row and the probe are read again.
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        if (row[fromSlot] is not NodeRef from)
        {
            yield break;
        }

        var store = context.Store;
        if (relBound)
        {
            if (row[relSlot] is RelRef bound && store.RelationshipExists(bound.Id) && !state.IsUsed(bound.Id))
            {
                var rel = bound.Id;
                var start = store.StartNode(rel);
                var end = store.EndNode(rel);
                var typeOk = types.Length == 0 || Array.IndexOf(types, store.RelationshipTypes.Name(store.RelationshipType(rel))) >= 0;
                int? other = direction switch
                {
                    Direction.Outgoing => start == from.Id ? end : null,
                    Direction.Incoming => end == from.Id ? start : null,
                    _ => start == from.Id ? end : end == from.Id ? start : null,
                };
                if (typeOk && other is { } o && relCheck.MatchesRelationshipProperties(context, row, rel) && Accept(context, row, o))
                {
                    state.Push(rel);
                    yield return Bind(row, bound, null, o);
                    state.Pop();
                }
            }

            yield break;
        }

        var tokens = EntityCheck.TypeTokens(store, types);
        // The candidate filter reads the row as bound so far plus the relationship and its other end: one copy of the
        // row, with those two slots overwritten, serves every candidate.
        var probe = candidateFilter is null ? null : Rows.Copy(row);
        var idSets = reachedIds?.Resolve(context);
        if (idSets is not null && ReachedIdFilter.IndexedTargets(store, from.Id, idSets) is { } targets)
        {
            var index = store.Neighbours(from.Id);
            var positions = ArrayPool<int>.Shared.Rent(index.Count);
            try
            {
                var found = ReachedIdFilter.Positions(index, targets, positions);
                for (var k = 0; k < found; k++)
                {
                    var position = positions[k];
                    context.Tick();
                    var target = index.Other(position);
                    var (rel, outgoing) = index.Entry(position);
                    var pass = outgoing ? Direction.Outgoing : Direction.Incoming;
                    if ((direction == Direction.Both || direction == pass)
                        && (tokens is null || Array.IndexOf(tokens, store.RelationshipType(rel)) >= 0)
                        && !state.IsUsed(rel)
                        && !Adjacency.SkipSelfLoop(store, direction, pass, rel, from.Id)
                        && !ReachedIdFilter.Refuses(idSets, target)
                        && Admit(context, row, probe, rel, target) is { } output)
                    {
                        state.Push(rel);
                        yield return output;
                        state.Pop();
                    }
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(positions);
            }

            yield break;
        }

        foreach (var (segment, pass) in Adjacency.Segments(store, from.Id, direction, tokens))
        {
            for (var i = NextCandidate(context, from.Id, segment, 0, pass, state, idSets); i < segment.Count; i = NextCandidate(context, from.Id, segment, i + 1, pass, state, idSets))
            {
                var rel = segment[i];
                if (Admit(context, row, probe, rel, GraphStore.OtherEnds(segment)[i]) is { } output)
                {
                    state.Push(rel);
                    yield return output;
                    state.Pop();
                }
            }
        }
    }

    /// <summary>
    /// The row binding a relationship and the node at its other end, or null when the relationship's properties, the
    /// candidate filter or the pattern's test of that node refuse it.
    /// </summary>
    private object?[]? Admit(QueryContext context, object?[] row, object?[]? probe, int rel, int other)
    {
        if (!relCheck.IsEmpty && !relCheck.MatchesRelationshipProperties(context, row, rel))
        {
            return null;
        }

        // The references the candidate filter sees are the ones bound: one of each per candidate.
        RelRef? reference = null;
        NodeRef? reached = null;
        if (probe is not null && !Passes(context, probe, reference = new RelRef(rel), reached = toBound ? null : new NodeRef(other)))
        {
            return null;
        }

        return Accept(context, row, other) ? Bind(row, reference ?? new RelRef(rel), reached, other) : null;
    }

    /// <summary>
    /// The position of the next relationship of the segment, from <paramref name="i"/> on, that the tests needing no
    /// row let through: not bound already in this match, not a self-loop's second visit, its other end not refused by
    /// the id sets. The segment's length when none is left. Outside the iterator, so the loop over a hub's thousands
    /// of relationships keeps its locals in registers rather than in the iterator's fields.
    /// </summary>
    private int NextCandidate(QueryContext context, int from, ArraySegment<int> segment, int i, Direction pass, MatchState state, (NodeNumbers Nodes, bool Negated)[]? idSets)
    {
        var store = context.Store;
        var rels = segment.AsSpan();
        var others = GraphStore.OtherEnds(segment);
        var loops = direction == Direction.Both && pass == Direction.Incoming && store.HasSelfLoops(from);
        for (; i < rels.Length; i++)
        {
            context.Tick();
            var rel = rels[i];
            if (state.IsUsed(rel) || (loops && store.StartNode(rel) == from))
            {
                continue;
            }

            if (idSets is not null && ReachedIdFilter.Refuses(idSets, others[i]))
            {
                continue;
            }

            return i;
        }

        return rels.Length;
    }

    /// <summary>
    /// Whether the relationship may satisfy the WHERE: a conjunct that is false or null rules it out; one that fails
    /// lets it through, so the WHERE run in full raises the error (or not) as it would without this filter.
    /// </summary>
    private bool Passes(QueryContext context, object?[] probe, RelRef rel, NodeRef? reached)
    {
        probe[relSlot] = rel;
        if (reached is not null)
        {
            probe[toSlot] = reached;
        }

        try
        {
            return candidateFilter!(context, probe) is true;
        }
        catch (CypherException)
        {
            return true;
        }
    }

    private bool Accept(QueryContext context, object?[] row, int other) =>
        toBound ? row[toSlot] is NodeRef target && target.Id == other : toCheck.MatchesNode(context, row, other);

    private object?[] Bind(object?[] row, RelRef rel, NodeRef? reached, int other)
    {
        var output = Rows.Copy(row);
        output[relSlot] = rel;
        if (!toBound)
        {
            output[toSlot] = reached ?? new NodeRef(other);
        }

        return output;
    }
}
