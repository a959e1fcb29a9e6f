namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>n:A:$(expression)</c> in REMOVE, as <see cref="SetDynamicLabelsItem"/> in SET.</summary>
public sealed record RemoveDynamicLabelsItem(SourceSpan Span, Variable Target, IReadOnlyList<Expression> Labels) : RemoveItem(Span);
