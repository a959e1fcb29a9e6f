namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>+x</c>, <c>-x</c>, <c>NOT x</c>.</summary>
public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span);
