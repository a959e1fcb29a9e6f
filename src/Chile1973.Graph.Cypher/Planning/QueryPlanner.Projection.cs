namespace Chile1973.Graph.Cypher.Planning;

/// <summary>WITH and RETURN: projection, grouping and aggregation, DISTINCT, ORDER BY, SKIP and LIMIT.</summary>
internal sealed partial class QueryPlanner
{
    private Operator PlanProjection(Operator op, Projection projection, ref RowSlots scope, bool isReturn, out List<string> columns, out int[] columnSlots)
    {
        columns = [];
        columnSlots = [];
        var items = new List<(string Name, Expression Expression)>();
        if (projection.IncludeAll)
        {
            var names = scope.Names.Order(StringComparer.Ordinal).ToList();
            if (names.Count == 0 && projection.Items.Count == 0 && isReturn)
            {
                CypherErrors.Syntax<int>("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope.", projection.Span);
            }

            items.AddRange(names.Select(n => (n, (Expression)new Variable(projection.Span, n))));
        }

        foreach (var item in projection.Items)
        {
            if (isReturn && items.Any(i => i.Name == item.Name))
            {
                if (projection.IncludeAll && item.Expression is Variable v && v.Name == item.Name)
                {
                    continue;
                }

                CypherErrors.Syntax<int>("ColumnNameConflict", $"Multiple result columns with the same name '{item.Name}'.", item.Span);
            }

            items.Add((item.Name, item.Expression));
        }

        var slots = items.Select(_ => NewSlot()).ToArray();
        var aggregating = items.Any(i => ExpressionWalk.ContainsAggregate(i.Expression));
        var oldScope = scope;
        var newScope = RowSlots.Of(items.Select((item, i) => new KeyValuePair<string, int>(item.Name, slots[i])));

        if (!aggregating)
        {
            op = new ProjectOperator(op, slots, [.. items.Select(i => Compile(i.Expression, oldScope))]);
        }
        else
        {
            var keyIndexes = Enumerable.Range(0, items.Count).Where(i => !ExpressionWalk.ContainsAggregate(items[i].Expression)).ToArray();
            var aggregateIndexes = Enumerable.Range(0, items.Count).Where(i => ExpressionWalk.ContainsAggregate(items[i].Expression)).ToArray();
            var keyEvaluators = keyIndexes.Select(i => Compile(items[i].Expression, oldScope)).ToArray();
            var collected = new List<AggregateSpec>();
            _aggregates = collected;
            Evaluator[] aggregateEvaluators;
            try
            {
                aggregateEvaluators = [.. aggregateIndexes.Select(i => Compile(items[i].Expression, oldScope))];
            }
            finally
            {
                _aggregates = null;
            }

            if (_labelSetScan is { } scan)
            {
                op = new LabelSetCountOperator(scan.Labels, scan.LabelsSlot, [.. keyIndexes.Select(i => slots[i])], keyEvaluators, [.. collected.Select(static a => a.Slot)]);
                _labelSetScan = null;
            }
            else
            {
                op = new AggregateOperator(op, [.. keyIndexes.Select(i => slots[i])], keyEvaluators, [.. collected]);
            }
            op = new ProjectOperator(op, [.. aggregateIndexes.Select(i => slots[i])], aggregateEvaluators);
        }

        if (projection.Distinct)
        {
            op = new DistinctOperator(op, slots);
        }

        _projected = Substitutes(items, slots);
        if (projection.OrderBy.Count > 0)
        {
            // ORDER BY may repeat a projected expression (count(*), me.age) inside a larger one: it reads the projected value.
            var sortScope = projection.Distinct || aggregating ? newScope : oldScope.With(newScope.Slots);
            var substitutes = _projected;

            var keys = new List<Evaluator>();
            _projected = substitutes;
            _substitutes = substitutes;
            try
            {
                foreach (var sort in projection.OrderBy)
                {
                    keys.Add(Compile(sort.Expression, sortScope));
                }
            }
            finally
            {
                _substitutes = null;
            }

            bool[] descending = [.. projection.OrderBy.Select(static s => s.Descending)];
            if (projection.Limit is not null)
            {
                // Only the first skip + limit places are ever read: keep those, not every row.
                op = new TopOperator(op, [.. keys], descending,
                    projection.Skip is null ? null : CompileCount(projection.Skip, "SKIP"), CompileCount(projection.Limit, "LIMIT"),
                    [.. projection.OrderBy.Select(sort => SortKeySubject(sort.Expression, sortScope))]);
            }
            else
            {
                op = new SortOperator(op, [.. keys], descending);
            }
        }

        if ((projection.Skip is not null || projection.Limit is not null) && !(projection.OrderBy.Count > 0 && projection.Limit is not null))
        {
            op = new SkipLimitOperator(op,
                projection.Skip is null ? null : CompileCount(projection.Skip, "SKIP"),
                projection.Limit is null ? null : CompileCount(projection.Limit, "LIMIT"));
        }

        scope = newScope;
        columns = [.. items.Select(static i => i.Name)];
        columnSlots = slots;
        return op;
    }

    private Dictionary<string, int>? _projected;

    /// <summary>Projected expressions by source text, so ORDER BY and WHERE can repeat them after the projection.</summary>
    private Dictionary<string, int> Substitutes(List<(string Name, Expression Expression)> items, int[] slots)
    {
        var substitutes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var text = SourceText(items[i].Expression);
            if (text.Length > 0 && items[i].Expression is not Variable)
            {
                substitutes.TryAdd(text, slots[i]);
            }
        }

        return substitutes;
    }

    // SKIP and LIMIT see no variables: only literals and parameters.
    private Evaluator CompileCount(Expression expression, string clause)
    {
        if (ExpressionWalk.Variables(expression).Count > 0)
        {
            return CypherErrors.Syntax<Evaluator>("NonConstantExpression", "SKIP and LIMIT cannot refer to variables.", expression.Span);
        }

        switch (expression)
        {
            case IntegerLiteral { Value: < 0 }:
                return CypherErrors.Syntax<Evaluator>("NegativeIntegerArgument", "SKIP and LIMIT must not be negative.", expression.Span);
            case Literal literal and not IntegerLiteral and not NullLiteral:
                return CypherErrors.Syntax<Evaluator>("InvalidArgumentType", $"SKIP and LIMIT take integers, not {literal.BoxedValue}.", expression.Span);
            default:
                break;
        }

        var count = Compile(expression, new RowSlots());
        return Located((context, row) => count(context, row) switch
        {
            long l when l >= 0 => l,
            long => CypherErrors.SyntaxAtRuntime<object?>("NegativeIntegerArgument", $"{clause} must not be negative."),
            _ => CypherErrors.SyntaxAtRuntime<object?>("InvalidArgumentType", $"{clause} must be a non-negative integer."),
        }, expression.Span);
    }

    // What a sort key reads, for the top rows' heap to know which keys it may leave unread (TopOperator).
    private static int SortKeySubject(Expression key, RowSlots scope) => key switch
    {
        Variable or Literal or Parameter => TopOperator.AlwaysSafe,
        PropertyLookup { Subject: Variable subject } when scope.TryGet(subject.Name, out var slot) => slot,
        _ => TopOperator.MayFail,
    };
}
