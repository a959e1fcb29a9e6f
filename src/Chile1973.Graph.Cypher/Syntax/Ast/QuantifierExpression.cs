namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>all|any|none|single(x IN source WHERE predicate)</c>.</summary>
public sealed record QuantifierExpression(SourceSpan Span, QuantifierKind Kind, Variable Variable, Expression Source, Expression? Where)
    : Expression(Span);
