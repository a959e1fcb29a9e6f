namespace Chile1973.Graph.Cypher.Semantics;

internal sealed partial class QueryAnalyzer
{
    /// <summary>
    /// ProjectionBody of WITH and RETURN: checks the items, the grouping rules when some aggregate, ORDER BY (which
    /// sees the projected variables, and also the incoming ones unless the projection is DISTINCT or aggregating),
    /// SKIP and LIMIT; returns the scope after the projection and its column names.
    /// </summary>
    private (Scope Scope, IReadOnlyList<string> Columns, bool Aggregating) AnalyzeProjection(Projection projection, Scope scope, bool isWith)
    {
        var types = new List<StaticType>();
        var aggregating = false;
        foreach (var item in projection.Items)
        {
            aggregating |= ContainsAggregate(item.Expression);
            types.Add(Check(item.Expression, scope, ExpressionContext.Projection));
        }

        if (aggregating)
        {
            CheckGroupingKeys(projection.Items, scope);
        }

        var projected = new Scope();
        var columns = new List<string>();
        if (projection.IncludeAll)
        {
            var visible = scope.Flatten().Locals.ToList();
            foreach (var (name, type) in visible)
            {
                projected.Declare(name, type);
            }

            columns.AddRange(visible.Select(static v => v.Key).Order(StringComparer.Ordinal));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < projection.Items.Count; i++)
        {
            var item = projection.Items[i];
            if (!names.Add(item.Name))
            {
                SemanticErrors.Throw(SemanticErrors.ColumnNameConflict, $"Multiple result columns with the same name `{item.Name}` are not supported", item);
            }

            if (item.Alias is not null || item.Expression is Variable)
            {
                projected.Declare(item.Name, types[i]);
            }

            columns.Add(item.Name);
        }

        CheckOrderBy(projection, scope, projected, types, aggregating);

        if (isWith && projection.Items.FirstOrDefault(static i => i.Alias is null && i.Expression is not Variable) is { } unaliased)
        {
            SemanticErrors.Throw(SemanticErrors.NoExpressionAlias, $"Expression in WITH must be aliased (use AS): {unaliased.Name}", unaliased);
        }

        CheckSkipOrLimit(projection.Skip, "SKIP");
        CheckSkipOrLimit(projection.Limit, "LIMIT");
        return (projected, columns, aggregating);
    }

    private void CheckOrderBy(Projection projection, Scope incoming, Scope projected, List<StaticType> types, bool aggregating)
    {
        if (projection.OrderBy.Count == 0)
        {
            return;
        }

        var orderScope = aggregating || projection.Distinct ? projected : Overlay(incoming, projected);

        var projectedExpressions = new Dictionary<string, StaticType>(StringComparer.Ordinal);
        for (var i = 0; i < projection.Items.Count; i++)
        {
            projectedExpressions.TryAdd(AstWalker.StructuralKey(projection.Items[i].Expression), types[i]);
        }

        var nonSimpleKeys = projection.Items
            .Where(i => !ContainsAggregate(i.Expression) && !IsSimpleGroupingKey(i.Expression))
            .Select(static i => AstWalker.StructuralKey(i.Expression))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var sortItem in projection.OrderBy)
        {
            var expression = sortItem.Expression;
            var key = AstWalker.StructuralKey(expression);
            if (aggregating && !projectedExpressions.ContainsKey(key) && ContainsAggregate(expression)
                && FindOutsideAggregates(expression, e => nonSimpleKeys.Contains(AstWalker.StructuralKey(e))) is { } mixed)
            {
                SemanticErrors.Throw(
                    SemanticErrors.AmbiguousAggregationExpression,
                    "ORDER BY mixes an aggregate with the grouping expression " + DescribeNode(mixed) + "; project it with an alias first",
                    mixed);
            }

            if (!aggregating && ContainsAggregate(expression))
            {
                SemanticErrors.Throw(
                    SemanticErrors.InvalidAggregation,
                    "Aggregates in ORDER BY are only allowed when the projection aggregates",
                    expression);
            }

            Check(expression, orderScope, new ExpressionContext(AggregatesAllowed: aggregating, Projected: projectedExpressions));
        }
    }

    /// <summary>The variables of <paramref name="incoming"/> with those of <paramref name="projected"/> on top.</summary>
    private static Scope Overlay(Scope incoming, Scope projected)
    {
        var combined = new Scope(incoming.Flatten());
        foreach (var (name, type) in projected.Locals)
        {
            combined.Declare(name, type);
        }

        return combined;
    }

    /// <summary>
    /// In an aggregating projection, every variable used outside an aggregate must be a grouping key itself, or be
    /// reached through one that is a variable or a property of one (Neo4j's rule; <c>a.x + b.y</c> as a key does not
    /// make <c>a.x + b.y + count(*)</c> valid).
    /// </summary>
    private static void CheckGroupingKeys(IReadOnlyList<ProjectionItem> items, Scope scope)
    {
        var keys = items.Where(static i => !ContainsAggregate(i.Expression)).Select(static i => i.Expression).ToList();
        var variables = keys.OfType<Variable>().Select(static v => v.Name).ToHashSet(StringComparer.Ordinal);
        var properties = keys.Where(static k => k is PropertyLookup { Subject: Variable })
            .Select(static k => AstWalker.StructuralKey(k)).ToHashSet(StringComparer.Ordinal);
        var complex = keys.Where(static k => !IsSimpleGroupingKey(k))
            .Select(static k => AstWalker.StructuralKey(k)).ToHashSet(StringComparer.Ordinal);

        foreach (var item in items.Where(static i => ContainsAggregate(i.Expression)))
        {
            var offending = FindOutsideAggregates(item.Expression, node => node switch
            {
                Variable v => scope.Lookup(v.Name) is not null && !variables.Contains(v.Name),
                _ => false,
            }, stopAt: node => properties.Contains(AstWalker.StructuralKey(node)), failAt: node => complex.Contains(AstWalker.StructuralKey(node)));
            if (offending is not null)
            {
                SemanticErrors.Throw(
                    SemanticErrors.AmbiguousAggregationExpression,
                    $"Aggregation column `{item.Name}` uses {DescribeNode(offending)}, which is not a grouping key; add it to the projection or aggregate it",
                    offending);
            }
        }
    }

    private static bool IsSimpleGroupingKey(Expression expression) => expression is Variable or PropertyLookup { Subject: Variable };

    private static string DescribeNode(AstNode node) => node switch
    {
        Variable v => $"`{v.Name}`",
        PropertyLookup { Subject: Variable v } p => $"`{v.Name}.{p.PropertyName}`",
        _ => "an expression",
    };

    /// <summary>The first expression outside aggregate calls that matches; <paramref name="stopAt"/> prunes, <paramref name="failAt"/> matches a whole subtree.</summary>
    private static Expression? FindOutsideAggregates(
        AstNode node,
        Func<Expression, bool> match,
        Func<Expression, bool>? stopAt = null,
        Func<Expression, bool>? failAt = null)
    {
        if (IsAggregateCall(node) || node is SubqueryExpression)
        {
            return null;
        }

        if (node is Expression expression)
        {
            if (stopAt?.Invoke(expression) == true)
            {
                return null;
            }

            if (failAt?.Invoke(expression) == true || match(expression))
            {
                return expression;
            }
        }

        foreach (var child in AstWalker.Children(node))
        {
            if (FindOutsideAggregates(child, match, stopAt, failAt) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsAggregateCall(AstNode node) =>
        node is CountStar || (node is FunctionInvocation f && FunctionCatalog.IsAggregate(f.LowerCaseName));

    /// <summary>Whether an aggregate is used in the expression (not counting subqueries, which aggregate on their own).</summary>
    private static bool ContainsAggregate(Expression expression)
    {
        var stack = new Stack<AstNode>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (IsAggregateCall(node))
            {
                return true;
            }

            if (node is SubqueryExpression)
            {
                continue;
            }

            foreach (var child in AstWalker.Children(node))
            {
                stack.Push(child);
            }
        }

        return false;
    }

    /// <summary>SKIP and LIMIT take a constant non-negative integer (a literal or a parameter).</summary>
    private void CheckSkipOrLimit(Expression? expression, string clause)
    {
        if (expression is null)
        {
            return;
        }

        if (AstWalker.DescendantsAndSelf(expression).FirstOrDefault(static n => n is Variable or PatternPredicate or SubqueryExpression) is { } dependent)
        {
            SemanticErrors.Throw(
                SemanticErrors.NonConstantExpression,
                $"{clause} must be a constant (a literal or a parameter), it cannot depend on rows",
                dependent);
        }

        var type = Check(expression, new Scope(), ExpressionContext.Plain);
        switch (expression)
        {
            case IntegerLiteral { Value: < 0 } negative:
                SemanticErrors.Throw(SemanticErrors.NegativeIntegerArgument, $"{clause} cannot be negative: {negative.Value}", expression);
                break;
            default:
                if (type.Kind is not (TypeKind.Any or TypeKind.Integer or TypeKind.Null))
                {
                    SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"{clause} must be an integer, not {type.Name}", expression);
                }

                break;
        }
    }
}
