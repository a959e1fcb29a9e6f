namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>WITH projection [WHERE predicate]</c>; the WHERE sees the projected variables.</summary>
public sealed record WithClause(SourceSpan Span, Projection Projection, Expression? Where) : Clause(Span);
