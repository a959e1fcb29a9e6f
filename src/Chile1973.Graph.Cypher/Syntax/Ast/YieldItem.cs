namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>YIELD field [AS alias]</c>: the procedure's output <see cref="Field"/> bound to <see cref="Alias"/>.</summary>
public sealed record YieldItem(SourceSpan Span, string Field, Variable Alias) : AstNode(Span);
