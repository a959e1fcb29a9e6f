namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>[OPTIONAL] CALL [(scope)] { query }</c>: a subquery run once per incoming row. <see cref="ScopeVariables"/> is
/// null without a variable scope clause (then an importing <c>WITH</c> at the start of each part imports), the
/// listed variables for <c>CALL (a, b)</c> and empty for <c>CALL ()</c>; <see cref="ScopeAll"/> is true for
/// <c>CALL (*)</c>. <see cref="Optional"/> keeps an incoming row, with nulls, when the subquery returns no rows.
/// </summary>
public sealed record CallSubqueryClause(
    SourceSpan Span,
    bool Optional,
    IReadOnlyList<Variable>? ScopeVariables,
    bool ScopeAll,
    Statement Query) : Clause(Span);
