namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n.key = value</c>.</summary>
public sealed record SetPropertyItem(SourceSpan Span, PropertyLookup Property, Expression Value) : SetItem(Span);
