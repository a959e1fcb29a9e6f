namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>A</c> in a label expression: the node has label A (the relationship has type A).</summary>
public sealed record LabelName(SourceSpan Span, string Name) : LabelExpression(Span);
