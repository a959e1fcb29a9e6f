namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>One step of a compiled pattern: extends a row with the bindings of one pattern element.</summary>
internal abstract class MatchStep
{
    public abstract IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state);
}
