namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// A pull-based plan operator, built once per query text and run many times. Rows are slot arrays:
/// an operator that binds a variable clones the row it was given, so rows it yields are its own.
/// </summary>
internal abstract class Operator
{
    /// <summary>Runs the operator; <paramref name="seed"/> is the row the plan starts from (empty, or the outer row of a subquery).</summary>
    public abstract IEnumerable<object?[]> Run(QueryContext context, object?[] seed);

    /// <summary>
    /// Whether every row this operator yields is an array no other part of the plan holds or reads again, so the
    /// operator it feeds may write into it instead of copying it. False unless the operator is known to: a pattern
    /// match may yield its input row and read it again, and a distinct union keeps the rows it yielded.
    /// </summary>
    public virtual bool YieldsOwnRows => false;

    /// <summary>A copy of <paramref name="row"/> with nulls in <paramref name="slots"/>: what an optional part gives when it matched nothing.</summary>
    protected static object?[] WithNulls(object?[] row, int[] slots)
    {
        var output = Rows.Copy(row);
        foreach (var slot in slots)
        {
            output[slot] = null;
        }

        return output;
    }
}

/// <summary>The start of a plan: one row, the seed.</summary>
internal sealed class SeedOperator : Operator
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        yield return Rows.Copy(seed);
    }
}

/// <summary>Keeps the rows for which a predicate is true.</summary>
internal sealed class FilterOperator(Operator input, Evaluator predicate) : Operator
{
    public override bool YieldsOwnRows => input.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            if (predicate(context, row) is true)
            {
                yield return row;
            }
        }
    }
}

/// <summary>
/// Evaluates expressions into slots (WITH and RETURN items). A row its input made for it alone is written in place;
/// any other is copied first. Ranking a hub's neighbours projects a row for each of thousands, and the copy was most
/// of what the ranking allocated.
/// </summary>
internal sealed class ProjectOperator(Operator input, int[] slots, Evaluator[] values) : Operator
{
    private readonly bool inPlace = input.YieldsOwnRows;

    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed) =>
        inPlace ? RunInPlace(context, seed) : RunCopying(context, seed);

    private IEnumerable<object?[]> RunCopying(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            var output = Rows.Copy(row);
            for (var i = 0; i < slots.Length; i++)
            {
                output[slots[i]] = values[i](context, row);
            }

            yield return output;
        }
    }

    // Every value is worked out before any slot is written, as each reads the row as it came (WITH a AS b, b AS a).
    private IEnumerable<object?[]> RunInPlace(QueryContext context, object?[] seed)
    {
        var computed = new object?[slots.Length];
        foreach (var row in input.Run(context, seed))
        {
            for (var i = 0; i < slots.Length; i++)
            {
                computed[i] = values[i](context, row);
            }

            for (var i = 0; i < slots.Length; i++)
            {
                row[slots[i]] = computed[i];
            }

            yield return row;
        }
    }
}

/// <summary>Drops rows whose values in the given slots were seen before.</summary>
internal sealed class DistinctOperator(Operator input, int[] slots) : Operator
{
    // It keeps the values it has seen, not the rows that held them.
    public override bool YieldsOwnRows => input.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed) =>
        slots.Length == 1 ? RunOne(context, seed, slots[0]) : RunMany(context, seed);

    // DISTINCT of one value (WITH DISTINCT m over a hub's neighbours) needs no key array per row.
    private IEnumerable<object?[]> RunOne(QueryContext context, object?[] seed, int slot)
    {
        var seen = new HashSet<object?>(ValueComparison.EquivalenceComparer.Instance);
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            if (seen.Add(row[slot]))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<object?[]> RunMany(QueryContext context, object?[] seed)
    {
        var seen = new HashSet<object?[]>(ValueComparison.EquivalenceComparer.Instance);
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            var key = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                key[i] = row[slots[i]];
            }

            if (seen.Add(key))
            {
                yield return row;
            }
        }
    }
}

/// <summary>Orders rows by sort keys in Cypher's global order; stable.</summary>
internal sealed class SortOperator(Operator input, Evaluator[] keys, bool[] descending) : Operator
{
    // Its keys are apart from the rows, and each row is yielded once, after the sort.
    public override bool YieldsOwnRows => input.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var rows = new List<(object?[] Keys, object?[] Row)>();
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            var values = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = keys[i](context, row);
            }

            rows.Add((values, row));
        }

        var indexes = Enumerable.Range(0, rows.Count).ToArray();
        try
        {
            Array.Sort(indexes, Compare);
        }
        catch (InvalidOperationException failed) when (failed.InnerException is OperationCanceledException or Core.Querying.CypherException)
        {
            // Array.Sort wraps what its comparison throws; the query's own error is the one to report.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.InnerException);
        }

        foreach (var index in indexes)
        {
            yield return rows[index].Row;
        }

        int Compare(int x, int y)
        {
            context.Tick();
            var a = rows[x].Keys;
            var b = rows[y].Keys;
            for (var i = 0; i < a.Length; i++)
            {
                var c = ValueComparison.OrderCompare(a[i], b[i]);
                if (c != 0)
                {
                    return descending[i] ? -c : c;
                }
            }

            return x.CompareTo(y);
        }
    }
}

/// <summary>
/// ORDER BY with a LIMIT: the rows of the sort's first <c>skip + limit</c> places, kept in a heap whose root is the
/// worst kept, so a row that cannot place is dropped after one comparison and the rest are never held (why not
/// <see cref="PriorityQueue{TElement, TPriority}"/>: its root cannot be replaced and compared without a second
/// sift). The order is the full sort's, ties kept in input order, so the answer is the same row for row. Once the
/// heap is full a row's keys are read one at a time against the root, and a row that already sorts after it on the
/// first keys is dropped without its other keys being read, when reading them cannot fail (<paramref name="subjects"/>):
/// ranking a hub's thousands of neighbours by degree then name reads the names of the few that tie, not of every one.
/// </summary>
/// <param name="subjects">
/// Per key: the slot of the variable whose property it reads (read safely from a node, a relationship or null in a
/// read query), <see cref="AlwaysSafe"/> for a key that cannot fail, or <see cref="MayFail"/>.
/// </param>
internal sealed class TopOperator(Operator input, Evaluator[] keys, bool[] descending, Evaluator? skip, Evaluator limit, int[] subjects) : Operator
{
    public const int AlwaysSafe = -2;
    public const int MayFail = -1;

    // Its keys are apart from the rows, and each row kept is yielded once, after the input is read.
    public override bool YieldsOwnRows => input.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var toSkip = skip is null ? 0 : SkipLimitOperator.Count(context, seed, skip, "SKIP");
        var toTake = SkipLimitOperator.Count(context, seed, limit, "LIMIT");
        var kept = toTake > int.MaxValue - toSkip ? int.MaxValue : (int)(toSkip + toTake);
        var heap = new List<Entry>(Math.Min(kept, 1024));
        var scratch = new object?[keys.Length];
        long arrival = 0;
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            if (heap.Count < kept)
            {
                var values = new object?[keys.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    values[i] = keys[i](context, row);
                }

                heap.Add(new Entry(values, row, arrival++));
                SiftUp(heap, heap.Count - 1);
                continue;
            }

            // Against the root key by key: it stays unless this row sorts before it (a tie goes to the row that came
            // first).
            var last = heap.Count > 0 ? heap[0].Keys : null;
            var read = 0;
            var order = 0;
            while (read < keys.Length)
            {
                scratch[read] = keys[read](context, row);
                read++;
                if (last is not null && (order = ValueComparison.OrderCompare(scratch[read - 1], last[read - 1]) * (descending[read - 1] ? -1 : 1)) != 0)
                {
                    break;
                }
            }

            if (order >= 0 || last is null)
            {
                if (!Skippable(context, row, read))
                {
                    for (; read < keys.Length; read++)
                    {
                        keys[read](context, row);
                    }
                }

                arrival++;
                continue;
            }

            for (; read < keys.Length; read++)
            {
                scratch[read] = keys[read](context, row);
            }

            heap[0] = new Entry([.. scratch], row, arrival++);
            SiftDown(heap, 0);
        }

        var ordered = heap.ToArray();
        try
        {
            Array.Sort(ordered, Compare);
        }
        catch (InvalidOperationException failed) when (failed.InnerException is OperationCanceledException or Core.Querying.CypherException)
        {
            // Array.Sort wraps what its comparison throws; the query's own error is the one to report.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.InnerException);
        }

        for (var i = (int)Math.Min(toSkip, ordered.Length); i < ordered.Length; i++)
        {
            yield return ordered[i].Row;
        }

        int Compare(Entry a, Entry b)
        {
            context.Tick();
            for (var i = 0; i < a.Keys.Length; i++)
            {
                var c = ValueComparison.OrderCompare(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return descending[i] ? -c : c;
                }
            }

            return a.Arrival.CompareTo(b.Arrival);
        }

        // A max-heap in the sort's order: the root is the row that would be placed last.
        void SiftUp(List<Entry> items, int at)
        {
            while (at > 0)
            {
                var parent = (at - 1) / 2;
                if (Compare(items[at], items[parent]) <= 0)
                {
                    return;
                }

                (items[at], items[parent]) = (items[parent], items[at]);
                at = parent;
            }
        }

        void SiftDown(List<Entry> items, int at)
        {
            while (true)
            {
                var largest = at;
                var left = (2 * at) + 1;
                if (left < items.Count && Compare(items[left], items[largest]) > 0)
                {
                    largest = left;
                }

                if (left + 1 < items.Count && Compare(items[left + 1], items[largest]) > 0)
                {
                    largest = left + 1;
                }

                if (largest == at)
                {
                    return;
                }

                (items[at], items[largest]) = (items[largest], items[at]);
                at = largest;
            }
        }
    }

    // Whether the keys from `from` on can be left unread: a read query's property of a node or relationship (or of
    // null) is a value or null, never an error, so reading it would change nothing.
    private bool Skippable(QueryContext context, object?[] row, int from)
    {
        if (context.Write is not null)
        {
            return false;
        }

        for (var i = from; i < subjects.Length; i++)
        {
            var slot = subjects[i];
            if (slot == MayFail || (slot >= 0 && row[slot] is not (null or NodeRef or RelRef)))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Entry(object?[] Keys, object?[] Row, long Arrival);
}

/// <summary>SKIP and LIMIT: the counts are evaluated once per run and must be non-negative integers.</summary>
internal sealed class SkipLimitOperator(Operator input, Evaluator? skip, Evaluator? limit) : Operator
{
    public override bool YieldsOwnRows => input.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var toSkip = skip is null ? 0 : Count(context, seed, skip, "SKIP");
        var toTake = limit is null ? long.MaxValue : Count(context, seed, limit, "LIMIT");
        // In a write query the clauses before LIMIT must still run to the end: their effects are not limited.
        foreach (var row in input.Run(context, seed))
        {
            if (toSkip > 0)
            {
                toSkip--;
                continue;
            }

            if (toTake == 0)
            {
                if (context.Write is null)
                {
                    yield break;
                }

                continue;
            }

            toTake--;
            yield return row;
        }
    }

    /// <summary>A SKIP or LIMIT count: a non-negative integer, or the error the clause raises.</summary>
    internal static long Count(QueryContext context, object?[] seed, Evaluator evaluator, string clause)
    {
        var value = evaluator(context, seed);
        return value switch
        {
            long l when l >= 0 => l,
            long => CypherErrors.SyntaxAtRuntime<long>("NegativeIntegerArgument", $"{clause} must not be negative."),
            _ => CypherErrors.SyntaxAtRuntime<long>("InvalidArgumentType", $"{clause} must be a non-negative integer."),
        };
    }
}

/// <summary>One row per list element (a non-list value is a list of one; null is an empty list).</summary>
internal sealed class UnwindOperator(Operator input, Evaluator list, int slot) : Operator
{
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            var value = list(context, row);
            if (value is null)
            {
                continue;
            }

            if (value is IReadOnlyList<object?> items)
            {
                foreach (var item in items)
                {
                    context.Tick();
                    var output = Rows.Copy(row);
                    output[slot] = item;
                    yield return output;
                }
            }
            else
            {
                var output = Rows.Copy(row);
                output[slot] = value;
                yield return output;
            }
        }
    }
}

/// <summary>Runs its input to the end before passing rows on, so a write never feeds the read that precedes it.</summary>
internal sealed class EagerOperator(Operator input) : Operator
{
    public override bool YieldsOwnRows => input.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed) => input.Run(context, seed).ToList();
}

/// <summary>The end of a plan: the column values of each row.</summary>
internal sealed class ProduceResultsOperator(Operator input, int[] slots) : Operator
{
    /// <summary>The rows the columns are read from.</summary>
    public Operator Input => input;

    /// <summary>The slot of each column, in column order.</summary>
    public IReadOnlyList<int> Slots => slots;

    // Each row is a new array of the columns.
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            var output = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                output[i] = row[slots[i]];
            }

            yield return output;
        }
    }
}

/// <summary>UNION and UNION ALL over plans that produce the same columns.</summary>
internal sealed class UnionOperator(Operator[] parts, bool distinct) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var seen = distinct ? new HashSet<object?[]>(ValueComparison.EquivalenceComparer.Instance) : null;
        foreach (var part in parts)
        {
            foreach (var row in part.Run(context, seed))
            {
                context.Tick();
                if (seen is null || seen.Add(row))
                {
                    yield return row;
                }
            }
        }
    }
}

/// <summary>Runs an inner plan per input row with that row as its seed (OPTIONAL MATCH and other subplans).</summary>
internal sealed class ApplyOperator(Operator input, Operator inner, bool optional, int[] nullSlots) : Operator
{
    // The inner plan starts from a copy of the incoming row; a row it yields is its own, or a copy with nulls.
    public override bool YieldsOwnRows => inner.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            var any = false;
            foreach (var output in inner.Run(context, row))
            {
                any = true;
                yield return output;
            }

            if (!any && optional)
            {
                yield return WithNulls(row, nullSlots);
            }
        }
    }
}
