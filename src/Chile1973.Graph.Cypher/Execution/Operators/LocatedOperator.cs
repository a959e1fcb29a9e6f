namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// Marks the errors of a write clause or procedure call that no expression claimed (a property of the wrong type,
/// SET of a non-map, a procedure that fails) with the clause's position, so every error of a query points into its text.
/// </summary>
internal sealed class LocatedOperator(Operator inner, SourcePosition position) : Operator
{
    public override bool YieldsOwnRows => inner.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        using var rows = inner.Run(context, seed).GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (CypherException error) when (error.Position is null)
            {
                throw CypherErrors.At(error, position);
            }

            if (!more)
            {
                yield break;
            }

            yield return rows.Current;
        }
    }
}
