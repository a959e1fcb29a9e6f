namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// Counts the nodes carrying some labels, grouped by keys computed from the labels alone: one step per distinct
/// label set of the store (with the names in a slot, as <c>labels(n)</c> gives them), weighted by the number of
/// nodes carrying it. Yields what an <see cref="AggregateOperator"/> over every node would: one row per group,
/// keys and counts in their slots, and with no keys one row even when no node matches.
/// </summary>
internal sealed class LabelSetCountOperator(IReadOnlyList<string> required, int labelsSlot, int[] keySlots, Evaluator[] keys, int[] countSlots) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var store = context.Store;
        var groups = new Dictionary<object?[], (object?[] Row, long Count)>(ValueComparison.EquivalenceComparer.Instance);
        var order = new List<object?[]>();
        if (RequiredTokens(store) is { } tokens)
        {
            foreach (var set in store.LabelSetCounts())
            {
                context.Tick();
                var labels = set.Labels.Span;
                if (!ContainsAll(labels, tokens))
                {
                    continue;
                }

                var row = Rows.Copy(seed);
                var names = new List<object?>(labels.Length);
                foreach (var label in labels)
                {
                    names.Add(store.Labels.Name(label));
                }

                row[labelsSlot] = names;
                var key = new object?[keys.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    key[i] = keys[i](context, row);
                }

                if (groups.TryGetValue(key, out var group))
                {
                    groups[key] = (group.Row, group.Count + set.Count);
                }
                else
                {
                    groups[key] = (row, set.Count);
                    order.Add(key);
                }
            }
        }

        if (order.Count == 0 && keys.Length == 0)
        {
            yield return WithCounts(Rows.Copy(seed), 0);
            yield break;
        }

        foreach (var key in order)
        {
            var (row, count) = groups[key];
            for (var i = 0; i < keys.Length; i++)
            {
                row[keySlots[i]] = key[i];
            }

            yield return WithCounts(row, count);
        }
    }

    private object?[] WithCounts(object?[] row, long count)
    {
        foreach (var slot in countSlots)
        {
            row[slot] = count;
        }

        return row;
    }

    // Null when a required label was never created: then no node can match.
    private int[]? RequiredTokens(GraphStore store)
    {
        var tokens = new int[required.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = store.Labels.Find(required[i]);
            if (tokens[i] < 0)
            {
                return null;
            }
        }

        return tokens;
    }

    private static bool ContainsAll(ReadOnlySpan<int> labels, int[] tokens)
    {
        foreach (var token in tokens)
        {
            if (labels.BinarySearch(token) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
