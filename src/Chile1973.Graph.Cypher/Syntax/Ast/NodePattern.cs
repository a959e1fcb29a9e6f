namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>(variable:Label1:Label2 {properties} WHERE predicate)</c>; <see cref="Properties"/> is a <see cref="MapLiteral"/>
/// or a <see cref="Parameter"/>, or null. Labels that must all be present (<c>:A:B</c>, <c>:A&amp;B</c>) are in
/// <see cref="Labels"/>; any other label expression (<c>:A|B</c>, <c>:!A</c>, <c>:%</c>) is in
/// <see cref="LabelExpression"/> with <see cref="Labels"/> empty. <see cref="Where"/> is the inline predicate.
/// </summary>
public sealed record NodePattern(
    SourceSpan Span,
    Variable? Variable,
    IReadOnlyList<string> Labels,
    Expression? Properties,
    LabelExpression? LabelExpression = null,
    Expression? Where = null) : AstNode(Span);
