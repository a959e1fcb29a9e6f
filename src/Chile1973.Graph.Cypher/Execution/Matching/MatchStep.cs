namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>One step of a compiled pattern: extends a row with the bindings of one pattern element.</summary>
internal abstract class MatchStep
{
    public abstract IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state);

    /// <summary>
    /// Whether every row the step yields is a copy it made for that row alone and does not read again, so that, as the
    /// last step of a pattern, the operator after the match may write into it (<see cref="Operator.YieldsOwnRows"/>).
    /// </summary>
    public virtual bool YieldsOwnRows => false;
}
