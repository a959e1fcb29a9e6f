namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>-[variable:T1|T2 *min..max {properties} WHERE predicate]-&gt;</c>. <see cref="Types"/> are alternatives (empty:
/// any type); a type expression that is not a plain alternative (<c>:!T</c>, <c>:%</c>, <c>:A&amp;B</c>) is in
/// <see cref="TypeExpression"/> with <see cref="Types"/> empty. <see cref="Length"/> is null for a single hop,
/// otherwise the variable-length range; <see cref="Where"/> is the inline predicate. A quantified relationship
/// (<c>-[r]-&gt;+</c>, <c>--{2,3}</c>) has its <see cref="Quantifier"/> and the same bounds in <see cref="Length"/>;
/// its inline predicate holds for every relationship it crosses.
/// </summary>
public sealed record RelationshipPattern(
    SourceSpan Span,
    Variable? Variable,
    IReadOnlyList<string> Types,
    RelationshipDirection Direction,
    Expression? Properties,
    LengthRange? Length,
    LabelExpression? TypeExpression = null,
    Expression? Where = null,
    Quantifier? Quantifier = null) : AstNode(Span)
{
    /// <summary>Whether this is a variable-length relationship (<c>*</c> present).</summary>
    public bool IsVariableLength => Length is not null;
}
