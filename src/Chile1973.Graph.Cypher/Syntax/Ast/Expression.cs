namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>Any expression.</summary>
public abstract record Expression(SourceSpan Span) : AstNode(Span);
