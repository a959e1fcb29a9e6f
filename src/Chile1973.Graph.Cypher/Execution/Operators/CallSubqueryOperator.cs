namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// <c>CALL { ... }</c>: runs the subquery once per incoming row, seeded with that row, and joins each row it
/// returns to the incoming one (its columns into <paramref name="slots"/>). A row for which the subquery returns
/// nothing is dropped, or kept with nulls when <paramref name="optional"/>. A unit subquery (no columns) runs to
/// the end for its effects and passes the incoming row on unchanged.
/// </summary>
internal sealed class CallSubqueryOperator(Operator input, Operator inner, int[] slots, bool optional, bool unit, bool updating) : Operator
{
    // A unit subquery passes the incoming row on; any other joins each result into a copy of it.
    public override bool YieldsOwnRows => !unit || input.YieldsOwnRows;

    // A reading subquery whose rows are its own: the join can be written into them (JoinInto).
    private readonly ProduceResultsOperator? joinsInto =
        !unit && !updating && inner is ProduceResultsOperator { Input.YieldsOwnRows: true } produce ? produce : null;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            foreach (var output in RunOne(context, row))
            {
                yield return output;
            }
        }
    }

    /// <summary>The subquery for one incoming row: the rows it joins to it.</summary>
    public IEnumerable<object?[]> RunOne(QueryContext context, object?[] row)
    {
        if (unit)
        {
            foreach (var _ in inner.Run(context, row))
            {
                context.Tick();
            }

            yield return row;
            yield break;
        }

        var results = joinsInto is null ? inner.Run(context, row) : joinsInto.Input.Run(context, row);

        // A subquery that writes finishes its writes for this row before the row moves on, as each run
        // must see what the runs for the earlier rows did.
        if (updating)
        {
            results = results.ToList();
        }

        var any = false;
        object?[]? values = null;
        foreach (var result in results)
        {
            any = true;
            yield return joinsInto is null
                ? Join(row, result)
                : JoinInto(row, result, joinsInto.Slots, values ??= new object?[slots.Length]);
        }

        if (!any && optional)
        {
            yield return WithNulls(row, slots);
        }
    }

    // A copy of the incoming row with the subquery's columns in their slots.
    private object?[] Join(object?[] row, object?[] columns)
    {
        var output = Rows.Copy(row);
        for (var i = 0; i < slots.Length; i++)
        {
            output[slots[i]] = columns[i];
        }

        return output;
    }

    /// <summary>
    /// The join written into the subquery's own row rather than into a copy of the incoming row: the same contents, the
    /// incoming row with the subquery's columns in their slots, but a ring of a neighbourhood joins thousands of
    /// results, and each cost two arrays (the subquery's columns, then the copy).
    /// </summary>
    private object?[] JoinInto(object?[] row, object?[] result, IReadOnlyList<int> columns, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = result[columns[i]];
        }

        // Every row of a plan has its slots; a row of another width would not be the subquery's to write into.
        var output = result.Length == row.Length ? result : new object?[row.Length];
        row.AsSpan().CopyTo(output);
        for (var i = 0; i < slots.Length; i++)
        {
            output[slots[i]] = values[i];
        }

        return output;
    }
}
