namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>[[p =] pattern [WHERE predicate] | projection]</c>.</summary>
public sealed record PatternComprehension(
    SourceSpan Span,
    Variable? PathVariable,
    PatternElement Pattern,
    Expression? Where,
    Expression Projection) : Expression(Span);
