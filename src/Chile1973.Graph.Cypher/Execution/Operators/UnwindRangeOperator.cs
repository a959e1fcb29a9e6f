namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// UNWIND range(start, end [, step]) AS x: the elements one row at a time, never the list, so
/// <c>UNWIND range(1, 1000000000) AS i RETURN i LIMIT 3</c> costs three rows and a long one stays under the time limit.
/// </summary>
internal sealed class UnwindRangeOperator(Operator input, Evaluator[] arguments, int slot, Syntax.Ast.SourceSpan span) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                values[i] = arguments[i](context, row);
            }

            ListRange range;
            try
            {
                range = ListRange.From(values);
            }
            catch (Core.Querying.CypherException error) when (error.Position is null)
            {
                throw CypherErrors.At(error, span.Position);
            }

            foreach (var value in range.Values(context))
            {
                var output = Rows.Copy(row);
                output[slot] = value;
                yield return output;
            }
        }
    }
}
