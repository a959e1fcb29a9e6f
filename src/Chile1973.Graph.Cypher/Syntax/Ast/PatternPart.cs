namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>[p =] element</c>, or <c>[p =] shortestPath(element)</c> / <c>allShortestPaths(element)</c>.</summary>
public sealed record PatternPart(SourceSpan Span, Variable? PathVariable, PathKind Kind, PatternElement Element) : AstNode(Span);
