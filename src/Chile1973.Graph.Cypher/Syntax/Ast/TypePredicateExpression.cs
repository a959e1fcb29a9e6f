namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>x IS :: TYPE</c>, <c>x :: TYPE</c> or <c>x IS TYPED TYPE</c> (<see cref="Negated"/> false), or
/// <c>x IS NOT :: TYPE</c> (true): whether the value of <see cref="Operand"/> has the type (Neo4j 5).
/// </summary>
public sealed record TypePredicateExpression(SourceSpan Span, Expression Operand, ValueTypeReference ValueType, bool Negated) : Expression(Span);
