namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// Starts a chain at a relationship instead of a node: the relationships an index finds for the seek's values, each
/// bound with the nodes at its ends, so a pattern whose nodes say nothing visits only the relationships that can
/// match rather than every node and every relationship. Values the index cannot answer (not strings) fall back to
/// every relationship; the checks and the WHERE decide in both cases, so the seek only narrows the candidates.
/// </summary>
internal sealed class RelationshipSeekStep(
    int leftSlot,
    int relSlot,
    int rightSlot,
    Direction direction,
    string[] types,
    EntityCheck relCheck,
    EntityCheck leftCheck,
    EntityCheck rightCheck,
    RelationshipSeek seek,
    Evaluator? relFilter) : MatchStep
{
    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        var store = context.Store;
        var tokens = EntityCheck.TypeTokens(store, types);
        if (tokens is [])
        {
            yield break;
        }

        if (!Candidates(context, row, out var candidates))
        {
            yield break;
        }

        var probe = relFilter is null ? null : Rows.Copy(row);
        var count = candidates?.Length ?? store.RelationshipIdLimit;
        for (var i = 0; i < count; i++)
        {
            context.Tick();
            var rel = candidates is null ? i : candidates[i];
            if (!store.RelationshipExists(rel) || state.IsUsed(rel)
                || (tokens is not null && Array.BinarySearch(tokens, store.RelationshipType(rel)) < 0)
                || (!relCheck.IsEmpty && !relCheck.MatchesRelationshipProperties(context, row, rel))
                || (probe is not null && !Passes(context, probe, rel)))
            {
                continue;
            }

            var start = store.StartNode(rel);
            var end = store.EndNode(rel);
            var (left, right) = direction == Direction.Incoming ? (end, start) : (start, end);
            if (Bind(context, row, rel, left, right) is { } forward)
            {
                state.Push(rel);
                yield return forward;
                state.Pop();
            }

            // An undirected pattern matches each relationship both ways round, a self-loop once.
            if (direction == Direction.Both && start != end && Bind(context, row, rel, end, start) is { } backward)
            {
                state.Push(rel);
                yield return backward;
                state.Pop();
            }
        }
    }

    /// <summary>
    /// The relationships the index holds for the seek's values, ascending and distinct; null when the index cannot
    /// answer (a value that is not a string). False when no relationship can match (the value or list is null).
    /// </summary>
    private bool Candidates(QueryContext context, object?[] row, out int[]? candidates)
    {
        candidates = null;
        var store = context.Store;
        switch (seek)
        {
            case RelationshipSeek.Indexed indexed:
                {
                    var value = indexed.Value(context, row);
                    if (value is string text)
                    {
                        // A copy: a write in the same query may change the index while the rows are consumed.
                        candidates = store.RelationshipsByIndexedProperty(seek.Key, text).ToArray();
                    }

                    return value is not null;
                }

            case RelationshipSeek.IndexedList indexedList:
                {
                    var values = indexedList.Values(context, row);
                    if (values is not IReadOnlyList<object?> list || list.Any(static v => v is not (string or null)))
                    {
                        return values is not null;
                    }

                    var found = new List<int>();
                    foreach (var text in list.OfType<string>().Distinct(StringComparer.Ordinal))
                    {
                        found.AddRange(store.RelationshipsByIndexedProperty(seek.Key, text));
                    }

                    // Each value's relationships are ascending and the values distinct: sorting merges them without duplicates.
                    found.Sort();
                    candidates = [.. found];
                    return true;
                }

            default:
                return true;
        }
    }

    private object?[]? Bind(QueryContext context, object?[] row, int rel, int left, int right)
    {
        if (leftSlot == rightSlot && left != right)
        {
            return null;
        }

        var output = Rows.Copy(row);
        output[relSlot] = new RelRef(rel);
        output[leftSlot] = new NodeRef(left);
        output[rightSlot] = new NodeRef(right);
        return (leftCheck.IsEmpty || leftCheck.MatchesNode(context, output, left)) && (rightCheck.IsEmpty || rightCheck.MatchesNode(context, output, right))
            ? output
            : null;
    }

    /// <summary>As in <see cref="ExpandStep"/>: a conjunct that fails lets the relationship through, so the WHERE raises the error.</summary>
    private bool Passes(QueryContext context, object?[] probe, int rel)
    {
        probe[relSlot] = new RelRef(rel);
        try
        {
            return relFilter!(context, probe) is true;
        }
        catch (CypherException)
        {
            return true;
        }
    }
}
