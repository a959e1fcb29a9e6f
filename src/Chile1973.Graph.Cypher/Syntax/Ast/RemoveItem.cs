namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>One item of REMOVE.</summary>
public abstract record RemoveItem(SourceSpan Span) : AstNode(Span);
