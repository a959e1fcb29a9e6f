namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>A compiled pattern: its steps in the order the planner chose, run depth first per input row.</summary>
internal sealed class PatternMatcher(MatchStep[] steps)
{
    public IEnumerable<object?[]> Match(QueryContext context, object?[] row) => Run(context, row, new MatchState(), 0);

    /// <summary>Whether every match is an array of its own: the last step's rows are passed on as they are.</summary>
    public bool YieldsOwnRows => steps.Length > 0 && steps[^1].YieldsOwnRows;

    private IEnumerable<object?[]> Run(QueryContext context, object?[] row, MatchState state, int index)
    {
        if (index == steps.Length)
        {
            yield return row;
            yield break;
        }

        // The last step's rows are the matches: passing them on directly spares a nested enumerator per match.
        var last = index == steps.Length - 1;
        foreach (var extended in steps[index].Extend(context, row, state))
        {
            if (last)
            {
                yield return extended;
                continue;
            }

            foreach (var output in Run(context, extended, state, index + 1))
            {
                yield return output;
            }
        }
    }
}
