namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A whole query: a <see cref="SingleQuery"/> or a <see cref="UnionQuery"/>.</summary>
public abstract record Statement(SourceSpan Span) : AstNode(Span);
