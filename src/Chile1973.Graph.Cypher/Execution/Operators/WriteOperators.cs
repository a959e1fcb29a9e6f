namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>A write clause's effect on one row: it may bind variables (CREATE) and returns the row to pass on.</summary>
internal delegate object?[] RowAction(QueryContext context, object?[] row);

/// <summary>CREATE, SET, REMOVE and DELETE: applies an action to each row, in order.</summary>
internal sealed class UpdateOperator(Operator input, RowAction action) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            yield return action(context, row);
        }
    }
}

/// <summary>MERGE: per row, every match of the pattern with ON MATCH applied, or else the pattern created with ON CREATE applied.</summary>
internal sealed class MergeOperator(Operator input, Matching.PatternMatcher matcher, RowAction create, RowAction? onMatch, RowAction? onCreate) : Operator
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        foreach (var row in input.Run(context, seed))
        {
            var matches = matcher.Match(context, row).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    yield return onMatch is null ? match : onMatch(context, match);
                }

                continue;
            }

            var created = create(context, row);
            yield return onCreate is null ? created : onCreate(context, created);
        }
    }
}
