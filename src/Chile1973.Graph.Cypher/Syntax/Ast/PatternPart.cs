namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>[p =] [selector] element</c>, or <c>[p =] shortestPath(element)</c> / <c>allShortestPaths(element)</c>.
/// <see cref="Selector"/> is a Neo4j 5 path selector; <see cref="Where"/> is the predicate of a parenthesized
/// path pattern <c>(p = (a)--+(b) WHERE ...)</c>, applied before the selector chooses (a pre-filter).
/// </summary>
public sealed record PatternPart(
    SourceSpan Span,
    Variable? PathVariable,
    PathKind Kind,
    PatternElement Element,
    PathSelector? Selector = null,
    Expression? Where = null) : AstNode(Span)
{
    /// <summary>True when a selector other than <c>ALL</c> picks among the matches.</summary>
    public bool IsSelective => Selector is { Kind: not PathSelectorKind.All };
}
