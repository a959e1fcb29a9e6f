namespace Chile1973.Graph.Cypher.Planning;

/// <summary>
/// The planner's walks over expressions, typed by a switch: children, variables, aggregates, conjuncts. Unlike
/// <see cref="AstWalker"/> (every child node, by reflection) it stops at a subquery's own body, which is
/// planned on its own.
/// </summary>
internal static class ExpressionWalk
{
    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        PropertyLookup p => [p.Subject],
        IndexExpression i => [i.Subject, i.Index],
        SliceExpression s => Some(s.Subject, s.From, s.To),
        ListLiteral l => l.Items,
        MapLiteral m => m.Entries.Select(static e => e.Value),
        MapProjection mp => mp.Items.Select(static i => i switch
        {
            MapProjectionLiteral l => l.Value,
            MapProjectionVariable v => v.Variable,
            _ => null,
        }).OfType<Expression>().Prepend(mp.Subject),
        FunctionInvocation f => f.Arguments,
        CaseExpression c => Some(c.Subject, c.Else).Concat(c.Alternatives.SelectMany(static a => new[] { a.When, a.Then })),
        ListComprehension lc => Some(lc.Source, lc.Where, lc.Projection),
        PatternComprehension pc => Some(pc.Where, pc.Projection).Concat(PatternExpressions(pc.Pattern)),
        QuantifierExpression q => Some(q.Source, q.Where),
        ReduceExpression r => [r.Initial, r.Source, r.Expression],
        PatternPredicate pp => PatternExpressions(pp.Pattern),
        SubqueryExpression sq => Some(sq.Where).Concat(sq.Pattern?.Parts.SelectMany(static p => PatternExpressions(p.Element)) ?? []),
        UnaryExpression u => [u.Operand],
        BinaryExpression b => [b.Left, b.Right],
        IsNullExpression n => [n.Operand],
        LabelPredicate lp => LabelDynamic.ExpressionsIn(lp.LabelExpression).Prepend(lp.Subject),
        _ => [],
    };

    public static IEnumerable<Expression> PatternExpressions(PatternElement element) =>
        element.Nodes.SelectMany(static n => Some(n.Variable, n.Properties, n.Where).Concat(LabelDynamic.ExpressionsIn(n.LabelExpression)))
            .Concat(element.Relationships.SelectMany(static r => Some(r.Variable, r.Properties, r.Where).Concat(LabelDynamic.ExpressionsIn(r.TypeExpression))));

    private static IEnumerable<Expression> Some(params Expression?[] expressions) => expressions.OfType<Expression>();

    public static IEnumerable<Expression> Descendants(Expression expression)
    {
        yield return expression;
        foreach (var child in Children(expression))
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    /// <summary>Every variable name the expression mentions (over-approximated: comprehension variables included).</summary>
    public static HashSet<string> Variables(Expression expression) =>
        [.. Descendants(expression).OfType<Variable>().Select(static v => v.Name)];

    public static bool IsAggregate(Expression expression) =>
        expression is CountStar || (expression is FunctionInvocation f && Functions.Aggregator.TryGetKind(f.LowerCaseName, out _));

    /// <summary>True when an aggregate appears outside of nested subqueries and comprehensions' own scopes.</summary>
    public static bool ContainsAggregate(Expression expression) =>
        IsAggregate(expression) || Children(expression).Any(ContainsAggregate);

    /// <summary>Splits a predicate into its AND-ed parts.</summary>
    public static IEnumerable<Expression> Conjuncts(Expression? predicate)
    {
        if (predicate is null)
        {
            yield break;
        }

        if (predicate is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            foreach (var part in Conjuncts(and.Left).Concat(Conjuncts(and.Right)))
            {
                yield return part;
            }
        }
        else
        {
            yield return predicate;
        }
    }
}
