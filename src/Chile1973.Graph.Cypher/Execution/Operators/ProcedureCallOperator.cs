using Chile1973.Graph.Cypher.Procedures;

namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>CALL: per input row, the procedure's output rows with the yielded fields bound to slots.</summary>
internal sealed class ProcedureCallOperator(Operator input, ProcedureDefinition procedure, Evaluator[] arguments, int[] outputIndexes, int[] slots) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            var args = new object?[arguments.Length];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = arguments[i](context, row);
            }

            var results = procedure.Invoke(context, args).ToList();
            if (procedure.Outputs.Count == 0)
            {
                // A void procedure neither yields nor consumes rows.
                yield return row;
                continue;
            }

            foreach (var result in results)
            {
                var output = Rows.Copy(row);
                for (var i = 0; i < slots.Length; i++)
                {
                    output[slots[i]] = result[outputIndexes[i]];
                }

                yield return output;
            }
        }
    }
}
