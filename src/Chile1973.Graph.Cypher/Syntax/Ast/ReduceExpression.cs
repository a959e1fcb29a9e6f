namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>reduce(accumulator = initial, variable IN source | expression)</c>.</summary>
public sealed record ReduceExpression(
    SourceSpan Span,
    Variable Accumulator,
    Expression Initial,
    Variable Variable,
    Expression Source,
    Expression Expression) : Expression(Span);
