namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>[x IN source [WHERE predicate] [| projection]]</c>.</summary>
public sealed record ListComprehension(SourceSpan Span, Variable Variable, Expression Source, Expression? Where, Expression? Projection)
    : Expression(Span);
