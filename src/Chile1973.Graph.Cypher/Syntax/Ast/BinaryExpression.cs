namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>left operator right</c>.</summary>
public sealed record BinaryExpression(SourceSpan Span, BinaryOperator Operator, Expression Left, Expression Right) : Expression(Span);
