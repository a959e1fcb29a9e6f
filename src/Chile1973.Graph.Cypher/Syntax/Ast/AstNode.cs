namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>The root of every syntax tree node: immutable, and located in the query text.</summary>
public abstract record AstNode(SourceSpan Span);
