namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>expression [ASC | DESC]</c> in ORDER BY.</summary>
public sealed record SortItem(SourceSpan Span, Expression Expression, bool Descending) : AstNode(Span);
