namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>CREATE pattern</c>.</summary>
public sealed record CreateClause(SourceSpan Span, Pattern Pattern) : Clause(Span);
