namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>CASE [subject] WHEN ... THEN ... [ELSE ...] END</c>: simple when <see cref="Subject"/> is set (each WHEN
/// is a value compared for equality), searched otherwise (each WHEN is a predicate).
/// </summary>
public sealed record CaseExpression(SourceSpan Span, Expression? Subject, IReadOnlyList<CaseAlternative> Alternatives, Expression? Else)
    : Expression(Span);
