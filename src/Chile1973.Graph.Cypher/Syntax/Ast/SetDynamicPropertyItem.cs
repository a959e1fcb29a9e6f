namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n[key] = value</c>: the property's name is the value of an expression.</summary>
public sealed record SetDynamicPropertyItem(SourceSpan Span, Expression Subject, Expression Key, Expression Value) : SetItem(Span);
