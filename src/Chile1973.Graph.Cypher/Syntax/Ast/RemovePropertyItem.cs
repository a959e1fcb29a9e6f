namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n.key</c> in REMOVE.</summary>
public sealed record RemovePropertyItem(SourceSpan Span, PropertyLookup Property) : RemoveItem(Span);
