namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// One link of a chain: a relationship and the node at its far end. For a quantified path pattern,
/// <see cref="Group"/> holds it and <see cref="Relationship"/> is an anonymous variable-length stand-in with the
/// quantifier's bounds in hops, so that rules about variable-length relationships (they cannot be created) apply.
/// </summary>
public sealed record PatternStep(SourceSpan Span, RelationshipPattern Relationship, NodePattern Node, QuantifiedPath? Group = null) : AstNode(Span);
