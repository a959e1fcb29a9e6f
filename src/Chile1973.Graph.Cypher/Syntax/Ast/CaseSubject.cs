namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// The tested value of an extended simple <c>CASE</c> (<c>CASE x WHEN &lt; 3, IS NULL THEN ...</c>): the left operand
/// of each comparison a WHEN writes without one. Users cannot write it; the parser puts it where the WHEN omits it.
/// </summary>
public sealed record CaseSubject(SourceSpan Span) : Expression(Span)
{
    /// <summary>The scope name that holds the tested value while the WHENs run (not a valid identifier).</summary>
    internal const string SlotName = "\u0000case";

    /// <summary>Whether a WHEN of a simple CASE is a predicate over the tested value rather than a value to equal.</summary>
    internal static bool Tests(Expression when) => when switch
    {
        BinaryExpression { Operator: BinaryOperator.Or } or2 => Tests(or2.Left) && Tests(or2.Right),
        BinaryExpression { Operator: BinaryOperator.And, Left: BinaryExpression { Left: CaseSubject } } => true,
        BinaryExpression binary => binary.Left is CaseSubject,
        IsNullExpression isNull => isNull.Operand is CaseSubject,
        TypePredicateExpression type => type.Operand is CaseSubject,
        NormalizedPredicate normalized => normalized.Operand is CaseSubject,
        _ => false,
    };
}
