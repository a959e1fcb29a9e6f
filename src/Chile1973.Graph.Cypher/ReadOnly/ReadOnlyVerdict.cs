using Chile1973.Graph.Cypher.Semantics;

namespace Chile1973.Graph.Cypher.ReadOnly;

/// <summary>
/// What <see cref="ReadOnlyQuery.Classify"/> found: the analysed statement and, when it could change the graph,
/// what writes (<c>CREATE</c>, <c>procedure apoc.create.node</c>) and where.
/// </summary>
public sealed record ReadOnlyVerdict(AnalyzedStatement Statement, string? Write, SourcePosition? Position)
{
    /// <summary>True when nothing in the statement can change the graph.</summary>
    public bool IsReadOnly => Write is null;
}
