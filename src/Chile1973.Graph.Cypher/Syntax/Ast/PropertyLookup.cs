namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>subject.key</c>.</summary>
public sealed record PropertyLookup(SourceSpan Span, Expression Subject, string PropertyName) : Expression(Span);
