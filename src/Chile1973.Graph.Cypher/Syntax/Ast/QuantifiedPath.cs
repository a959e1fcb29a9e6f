namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// A quantified path pattern <c>((a)-[r]-&gt;(b) WHERE predicate){1,3}</c>: the inner chain repeated as many
/// times as the quantifier allows, each repetition starting where the previous one ended. Inside,
/// <see cref="Where"/> sees one repetition's variables; outside, each inner variable is a group variable,
/// the list of its bindings in path order.
/// </summary>
public sealed record QuantifiedPath(SourceSpan Span, PatternElement Element, Expression? Where, Quantifier Quantifier) : AstNode(Span)
{
    /// <summary>The inner variables that become group variables.</summary>
    public IEnumerable<Variable> GroupVariables =>
        Element.Nodes.Select(static n => n.Variable).Concat(Element.Relationships.Select(static r => r.Variable)).OfType<Variable>();
}
