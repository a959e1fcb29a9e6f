namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n:A:B</c> in SET.</summary>
public sealed record SetLabelsItem(SourceSpan Span, Variable Target, IReadOnlyList<string> Labels) : SetItem(Span);
