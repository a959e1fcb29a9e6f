namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>The end of a query with no RETURN: runs its input for the effects and yields no records.</summary>
internal sealed class DiscardOperator(Operator input) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var _ in input.Run(context, seed))
        {
            context.Tick();
        }

        yield break;
    }
}
