namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>The k of a path selector: a non-negative integer, 1 when the selector names none.</summary>
internal static class SelectorCount
{
    public static long Of(QueryContext context, object?[] row, Evaluator? count)
    {
        if (count is null)
        {
            return 1;
        }

        return count(context, row) is long k and >= 0
            ? k
            : CypherErrors.ArgumentError<long>("InvalidArgumentValue", "The number of paths of a path selector must be a non-negative integer.");
    }
}
