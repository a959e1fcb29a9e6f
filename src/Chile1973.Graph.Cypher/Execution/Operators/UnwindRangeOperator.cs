using Chile1973.Graph.Cypher.Functions;

namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// UNWIND range(start, end [, step]) AS x: the elements one row at a time, never the list, so
/// <c>UNWIND range(1, 1000000000) AS i RETURN i LIMIT 3</c> costs three rows and a long one stays under the time limit.
/// </summary>
internal sealed class UnwindRangeOperator(Operator input, Evaluator[] arguments, int slot) : Operator
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

            foreach (var value in ListRange.From(values).Values(context))
            {
                var output = (object?[])row.Clone();
                output[slot] = value;
                yield return output;
            }
        }
    }
}
