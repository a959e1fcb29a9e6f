namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>-[variable:T1|T2 *min..max {properties}]-&gt;</c>. <see cref="Types"/> are alternatives (empty: any type);
/// <see cref="Length"/> is null for a single hop, otherwise the variable-length range.
/// </summary>
public sealed record RelationshipPattern(
    SourceSpan Span,
    Variable? Variable,
    IReadOnlyList<string> Types,
    RelationshipDirection Direction,
    Expression? Properties,
    LengthRange? Length) : AstNode(Span)
{
    /// <summary>Whether this is a variable-length relationship (<c>*</c> present).</summary>
    public bool IsVariableLength => Length is not null;
}
