namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>$(expression)</c>, <c>$all(expression)</c> or <c>$any(expression)</c> in a label expression: the labels (or
/// types) are the value of an expression, a STRING or a LIST&lt;STRING&gt;. With <see cref="Any"/> one of them is
/// enough; otherwise all of them must hold (SET, REMOVE, MATCH and CREATE with dynamic labels: <see href="https://neo4j.com/docs/cypher-manual/current/clauses/set/"/>,
/// <see href="https://neo4j.com/docs/cypher-manual/current/clauses/match/"/>).
/// </summary>
public sealed record LabelDynamic(SourceSpan Span, Expression Expression, bool Any) : LabelExpression(Span)
{
    /// <summary>The expressions of every dynamic part of a label expression, outermost first.</summary>
    public static IEnumerable<Expression> ExpressionsIn(LabelExpression? expression) => expression switch
    {
        LabelDynamic dynamic => [dynamic.Expression],
        LabelNegation negation => ExpressionsIn(negation.Operand),
        LabelConjunction conjunction => conjunction.Operands.SelectMany(ExpressionsIn),
        LabelDisjunction disjunction => disjunction.Operands.SelectMany(ExpressionsIn),
        _ => [],
    };
}
