namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>n:A:B</c> as an expression: true when the node has all the <see cref="Labels"/>; for any other label
/// expression (<c>n:A|B</c>, <c>n:!A</c>) <see cref="Labels"/> is empty and <see cref="LabelExpression"/> is set.
/// </summary>
public sealed record LabelPredicate(SourceSpan Span, Expression Subject, IReadOnlyList<string> Labels, LabelExpression? LabelExpression = null)
    : Expression(Span);
