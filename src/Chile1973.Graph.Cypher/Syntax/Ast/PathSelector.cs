namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// A Neo4j 5 path selector before a path pattern: <c>ANY k</c>, <c>ALL SHORTEST</c>, <c>SHORTEST k</c>,
/// <c>SHORTEST k GROUPS</c> (<c>ANY SHORTEST</c> is <c>SHORTEST 1</c>). <see cref="Count"/> is the k
/// (an integer literal or a parameter); null means 1.
/// </summary>
public sealed record PathSelector(SourceSpan Span, PathSelectorKind Kind, Expression? Count) : AstNode(Span);
