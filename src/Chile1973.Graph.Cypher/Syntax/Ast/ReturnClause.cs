namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>RETURN projection</c>.</summary>
public sealed record ReturnClause(SourceSpan Span, Projection Projection) : Clause(Span);
