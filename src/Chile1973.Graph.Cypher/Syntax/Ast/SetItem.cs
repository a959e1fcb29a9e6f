namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>One item of SET (or of MERGE's ON CREATE / ON MATCH).</summary>
public abstract record SetItem(SourceSpan Span) : AstNode(Span);
