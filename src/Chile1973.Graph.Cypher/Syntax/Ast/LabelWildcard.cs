namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>%</c> in a label expression: the node has at least one label (a relationship always has a type).</summary>
public sealed record LabelWildcard(SourceSpan Span) : LabelExpression(Span);
