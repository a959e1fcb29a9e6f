namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>One link of a chain: a relationship and the node at its far end.</summary>
public sealed record PatternStep(SourceSpan Span, RelationshipPattern Relationship, NodePattern Node) : AstNode(Span);
