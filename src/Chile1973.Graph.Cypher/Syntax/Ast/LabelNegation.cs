namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>!A</c> in a label expression: the operand does not hold.</summary>
public sealed record LabelNegation(SourceSpan Span, LabelExpression Operand) : LabelExpression(Span);
