namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>$name</c> (or <c>$0</c>): a value supplied with the query.</summary>
public sealed record Parameter(SourceSpan Span, string Name) : Expression(Span);
