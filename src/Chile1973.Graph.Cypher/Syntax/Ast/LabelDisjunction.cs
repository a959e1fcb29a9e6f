namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>A|B</c> in a label expression: at least one operand holds.</summary>
public sealed record LabelDisjunction(SourceSpan Span, IReadOnlyList<LabelExpression> Operands) : LabelExpression(Span);
