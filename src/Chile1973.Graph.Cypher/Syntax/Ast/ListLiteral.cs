namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record ListLiteral(SourceSpan Span, IReadOnlyList<Expression> Items) : Expression(Span);
