namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// A Neo4j 5 quantifier after a parenthesized path or a relationship: <c>+</c> (1..), <c>*</c> (0..),
/// <c>{n}</c>, <c>{n,}</c>, <c>{,m}</c> (0..m) or <c>{n,m}</c>. A null <see cref="Max"/> is unbounded.
/// </summary>
public sealed record Quantifier(SourceSpan Span, long Min, long? Max) : AstNode(Span);
