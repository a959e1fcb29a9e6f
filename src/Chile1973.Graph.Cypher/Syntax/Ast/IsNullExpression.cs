namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>x IS NULL</c> (<see cref="Negated"/> false) or <c>x IS NOT NULL</c> (true).</summary>
public sealed record IsNullExpression(SourceSpan Span, Expression Operand, bool Negated) : Expression(Span);
