namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n:A:B</c> as an expression: true when the node has all the labels.</summary>
public sealed record LabelPredicate(SourceSpan Span, Expression Subject, IReadOnlyList<string> Labels) : Expression(Span);
