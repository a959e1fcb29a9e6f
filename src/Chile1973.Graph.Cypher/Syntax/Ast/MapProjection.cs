namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n {.a, b: 1, .*, v}</c>: a map built from the variable <see cref="Subject"/>.</summary>
public sealed record MapProjection(SourceSpan Span, Variable Subject, IReadOnlyList<MapProjectionItem> Items) : Expression(Span);
