namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>CALL name(args) [YIELD items [WHERE predicate]]</c>. <see cref="Arguments"/> is null for an implicit
/// call (<c>CALL db.labels</c>, arguments taken from parameters of the same names); <see cref="Yield"/> is
/// null when there is no YIELD; <see cref="YieldAll"/> is true for <c>YIELD *</c>.
/// </summary>
public sealed record CallClause(
    SourceSpan Span,
    QualifiedName Procedure,
    IReadOnlyList<Expression>? Arguments,
    IReadOnlyList<YieldItem>? Yield,
    bool YieldAll,
    Expression? Where) : Clause(Span);
