namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>EXISTS { ... }</c>, <c>COUNT { ... }</c> or <c>COLLECT { ... }</c>. Either a pattern with an optional WHERE
/// (<see cref="Pattern"/> set, <see cref="Query"/> null; not for COLLECT) or a full query (<see cref="Query"/> set),
/// which may use outer variables.
/// </summary>
public sealed record SubqueryExpression(SourceSpan Span, SubqueryKind Kind, Pattern? Pattern, Expression? Where, Statement? Query)
    : Expression(Span);
