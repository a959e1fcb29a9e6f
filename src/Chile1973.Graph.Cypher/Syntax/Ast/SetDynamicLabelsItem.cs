namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>n:A:$(expression)</c> in SET: labels of which at least one is the value of an expression (a STRING or a
/// LIST&lt;STRING&gt;); a label written out is a <see cref="StringLiteral"/>.
/// </summary>
public sealed record SetDynamicLabelsItem(SourceSpan Span, Variable Target, IReadOnlyList<Expression> Labels) : SetItem(Span);
