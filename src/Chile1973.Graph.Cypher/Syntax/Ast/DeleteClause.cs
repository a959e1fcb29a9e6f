namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>[DETACH] DELETE expression, ...</c>.</summary>
public sealed record DeleteClause(SourceSpan Span, bool Detach, IReadOnlyList<Expression> Expressions) : Clause(Span);
