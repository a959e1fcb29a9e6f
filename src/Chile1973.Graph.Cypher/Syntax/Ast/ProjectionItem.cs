namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// One projected column: the expression and the column <see cref="Name"/>, which is the alias when there is
/// one, otherwise the exact source text of the expression (as Neo4j names columns).
/// </summary>
public sealed record ProjectionItem(SourceSpan Span, Expression Expression, Variable? Alias, string Name) : AstNode(Span)
{
    /// <summary>Whether the item was written with <c>AS alias</c>.</summary>
    public bool HasAlias => Alias is not null;
}
