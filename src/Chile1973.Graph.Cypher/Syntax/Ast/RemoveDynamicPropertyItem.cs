namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n[key]</c> in REMOVE: the property's name is the value of an expression.</summary>
public sealed record RemoveDynamicPropertyItem(SourceSpan Span, Expression Subject, Expression Key) : RemoveItem(Span);
