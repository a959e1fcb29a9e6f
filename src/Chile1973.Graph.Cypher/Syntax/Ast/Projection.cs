namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// The body of WITH and RETURN: <c>[DISTINCT] (* | items) [ORDER BY ...] [SKIP n] [LIMIT n]</c>.
/// <see cref="IncludeAll"/> is true for <c>*</c> (possibly followed by more items).
/// </summary>
public sealed record Projection(
    SourceSpan Span,
    bool Distinct,
    bool IncludeAll,
    IReadOnlyList<ProjectionItem> Items,
    IReadOnlyList<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit) : AstNode(Span);
