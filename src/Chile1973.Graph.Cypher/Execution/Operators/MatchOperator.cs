namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>MATCH: every binding of a pattern, per input row.</summary>
internal sealed class MatchOperator(Operator input, PatternMatcher matcher) : Operator
{
    public override bool YieldsOwnRows => matcher.YieldsOwnRows;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            foreach (var output in matcher.Match(context, row))
            {
                yield return output;
            }
        }
    }
}
