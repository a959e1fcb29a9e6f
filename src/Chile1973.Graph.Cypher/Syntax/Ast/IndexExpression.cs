namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>subject[index]</c>: a list element or a map/entity value by dynamic key.</summary>
public sealed record IndexExpression(SourceSpan Span, Expression Subject, Expression Index) : Expression(Span);
