namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>A&amp;B</c> in a label expression: every operand holds.</summary>
public sealed record LabelConjunction(SourceSpan Span, IReadOnlyList<LabelExpression> Operands) : LabelExpression(Span);
