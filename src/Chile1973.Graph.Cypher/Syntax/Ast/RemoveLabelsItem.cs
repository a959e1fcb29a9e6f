namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n:A:B</c> in REMOVE.</summary>
public sealed record RemoveLabelsItem(SourceSpan Span, Variable Target, IReadOnlyList<string> Labels) : RemoveItem(Span);
