namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>MERGE part [ON CREATE SET ...] [ON MATCH SET ...]</c>; several ON CREATE (or ON MATCH) actions are
/// concatenated in text order.
/// </summary>
public sealed record MergeClause(
    SourceSpan Span,
    PatternPart Pattern,
    IReadOnlyList<SetItem> OnCreate,
    IReadOnlyList<SetItem> OnMatch) : Clause(Span);
