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
        var results = inner.Run(context, row);
        if (unit)
        {
            foreach (var _ in results)
            {
                context.Tick();
            }

            yield return row;
            yield break;
        }

        // A subquery that writes finishes its writes for this row before the row moves on, as each run
        // must see what the runs for the earlier rows did.
        if (updating)
        {
            results = results.ToList();
        }

        var any = false;
        foreach (var result in results)
        {
            any = true;
            var output = Rows.Copy(row);
            for (var i = 0; i < slots.Length; i++)
            {
                output[slots[i]] = result[i];
            }

            yield return output;
        }

        if (!any && optional)
        {
            yield return WithNulls(row, slots);
        }
    }
}
