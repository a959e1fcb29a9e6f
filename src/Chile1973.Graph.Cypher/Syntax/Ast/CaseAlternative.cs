namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>WHEN when THEN then</c>.</summary>
public sealed record CaseAlternative(SourceSpan Span, Expression When, Expression Then) : AstNode(Span);
