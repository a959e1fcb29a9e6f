namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// A chain <c>(a)-[r]-&gt;(b)&lt;-[s]-(c)</c>: the first node, then each relationship with the node it leads to.
/// Redundant parentheses around a chain are dropped.
/// </summary>
public sealed record PatternElement(SourceSpan Span, NodePattern Start, IReadOnlyList<PatternStep> Steps) : AstNode(Span)
{
    /// <summary>All node patterns in order (the start, then one per step).</summary>
    public IEnumerable<NodePattern> Nodes => Steps.Select(static s => s.Node).Prepend(Start);

    /// <summary>All relationship patterns in order.</summary>
    public IEnumerable<RelationshipPattern> Relationships => Steps.Select(static s => s.Relationship);
}
