namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>{key: value, ...}</c>, entries in text order.</summary>
public sealed record MapLiteral(SourceSpan Span, IReadOnlyList<MapEntry> Entries) : Expression(Span);
