namespace Chile1973.Graph.Cypher.Planning;

/// <summary>
/// A query planned once: the operator tree producing column values, the column names and what it needs to run
/// (the parameters it reads and where each is first used; where its first write clause is).
/// </summary>
internal sealed record CompiledQuery(
    Operator Root,
    IReadOnlyList<string> Columns,
    bool IsUpdating,
    int SlotCount,
    IReadOnlyDictionary<string, Core.Querying.SourcePosition> Parameters,
    Core.Querying.SourcePosition? FirstUpdate,
    Core.Querying.SourcePosition? FirstDelete)
{
    /// <summary>
    /// Whether each row the root yields is a new array that nothing else holds, so the cursor may put the caller's
    /// values in it rather than in a copy: true of the results a RETURN produces, not of a UNION's rows, which a
    /// UNION DISTINCT keeps to compare the next ones with.
    /// </summary>
    public bool YieldsOwnRows => Root.YieldsOwnRows;
}

/// <summary>A planned statement or subquery: its root operator and its columns.</summary>
internal sealed record PlannedStatement(Operator Root, IReadOnlyList<string> Columns);
