namespace Chile1973.Graph.Cypher.Planning;

/// <summary>Expressions compiled to evaluators, once per query text.</summary>
internal sealed partial class QueryPlanner
{
    private List<AggregateSpec>? _aggregates;

    private Dictionary<string, int>? _substitutes;

    private int _compileDepth;

    private Evaluator Compile(Expression expression, RowSlots scope)
    {
        Syntax.SyntaxErrors.EnsureStack(expression);
        if (_substitutes is not null && expression is not (Variable or Literal) && _substitutes.TryGetValue(SourceText(expression), out var slot))
        {
            return (_, row) => row[slot];
        }

        Evaluator evaluator;
        _compileDepth++;
        try
        {
            evaluator = CompileExpression(expression, scope);
        }
        finally
        {
            _compileDepth--;
        }

        return _compileDepth == 0 || MayFail(expression) ? Located(evaluator, expression.Span) : evaluator;
    }

    /// <summary>
    /// Whether an expression is where a runtime error starts often enough to name it. A property of a variable and a
    /// comparison, the commonest nodes of a WHERE, fail rarely and then take the position of the expression around
    /// them, which saves a wrapper per row on the hot path.
    /// </summary>
    private static bool MayFail(Expression expression) => expression switch
    {
        Variable or Literal or ListLiteral or MapLiteral or IsNullExpression or TypePredicateExpression => false,
        PropertyLookup { Subject: Variable } => false,
        BinaryExpression { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.LessThan
            or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterThanOrEqual } => false,
        _ => true,
    };

    /// <summary>
    /// Runtime errors name the place in the query they come from: the innermost expression that failed marks the
    /// error with its position on the way out. A try block costs nothing until something throws.
    /// </summary>
    internal static Evaluator Located(Evaluator evaluator, SourceSpan span) => (context, row) =>
    {
        try
        {
            return evaluator(context, row);
        }
        catch (CypherException error) when (error.Position is null)
        {
            throw CypherErrors.At(error, span.Position);
        }
    };

    private Evaluator CompileExpression(Expression expression, RowSlots scope) => expression switch
    {
        Literal literal => Constant(literal.BoxedValue),
        Parameter parameter => CompileParameter(parameter),
        Variable variable => CompileVariable(variable, scope),
        PropertyLookup lookup => CompileProperty(lookup, scope),
        IndexExpression index => CompileIndex(index, scope),
        SliceExpression slice => CompileSlice(slice, scope),
        ListLiteral list => CompileList(list, scope),
        MapLiteral map => CompileMap(map, scope),
        MapProjection projection => CompileMapProjection(projection, scope),
        CountStar star => CompileAggregate(AggregateKind.CountStar, false, null, null, star.Span, scope),
        FunctionInvocation function => CompileFunction(function, scope),
        CaseExpression @case => CompileCase(@case, scope),
        CaseSubject subject => CompileCaseSubject(subject, scope),
        ListComprehension comprehension => CompileListComprehension(comprehension, scope),
        PatternComprehension comprehension => CompilePatternComprehension(comprehension, scope),
        QuantifierExpression quantifier => CompileQuantifier(quantifier, scope),
        ReduceExpression reduce => CompileReduce(reduce, scope),
        PatternPredicate predicate => CompilePatternPredicate(predicate, scope),
        SubqueryExpression subquery => CompileSubquery(subquery, scope),
        UnaryExpression unary => CompileUnary(unary, scope),
        BinaryExpression binary => CompileBinary(binary, scope),
        IsNullExpression isNull => CompileIsNull(isNull, scope),
        TypePredicateExpression typePredicate => CompileTypePredicate(typePredicate, scope),
        NormalizedPredicate normalized => CompileNormalized(normalized, scope),
        LabelPredicate labels => CompileLabelPredicate(labels, scope),
        _ => CypherErrors.Syntax<Evaluator>("UnexpectedSyntax", $"Unsupported expression {expression.GetType().Name}.", expression.Span),
    };

    private static Evaluator Constant(object? value) => (_, _) => value;

    private Evaluator CompileParameter(Parameter parameter)
    {
        var name = parameter.Name;
        _parameters.TryAdd(name, parameter.Span.Position);
        return (context, _) => context.Parameters.TryGetValue(name, out var value)
            ? value
            : throw new CypherException(CypherErrorKind.ParameterMissing, "MissingParameter", $"Expected a parameter named {name}.", CypherErrorPhase.Runtime);
    }

    private static Evaluator CompileVariable(Variable variable, RowSlots scope)
    {
        if (!scope.TryGet(variable.Name, out var slot))
        {
            return CypherErrors.Syntax<Evaluator>("UndefinedVariable", $"Variable `{variable.Name}` not defined.", variable.Span);
        }

        return (_, row) => row[slot];
    }

    private Evaluator CompileProperty(PropertyLookup lookup, RowSlots scope)
    {
        var subject = Compile(lookup.Subject, scope);
        var key = new PropertyKeyToken(lookup.PropertyName);
        return (context, row) => Property(context, subject(context, row), key);
    }

    /// <summary>A property of a node or a relationship read with the token the expression keeps; anything else by name.</summary>
    internal static object? Property(QueryContext context, object? subject, PropertyKeyToken key) => subject switch
    {
        NodeRef node => Entities.NodeProperty(context, node.Id, key),
        RelRef rel => Entities.RelationshipProperty(context, rel.Id, key),
        _ => Property(context, subject, key.Name),
    };

    internal static object? Property(QueryContext context, object? subject, string key) => subject switch
    {
        null => null,
        NodeRef node => Entities.NodeProperty(context, node.Id, key),
        RelRef rel => Entities.RelationshipProperty(context, rel.Id, key),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(key, out var value) ? value : null,
        _ => TemporalSupport.TryGetProperty(subject, key, out var value)
            ? value
            : CypherErrors.TypeError<object?>("InvalidArgumentType", $"Cannot read property '{key}' of {CypherValues.TypeName(subject)}."),
    };

    private Evaluator CompileIndex(IndexExpression index, RowSlots scope)
    {
        var general = CompileIndexOf(index, scope);
        if (_substitutes is not null || _labelSetScan is not null
            || index is not { Subject: FunctionInvocation { LowerCaseName: "labels", Distinct: false, Arguments: [var argument] }, Index: IntegerLiteral { Value: var at } }
            || ExpressionWalk.ContainsAggregate(argument))
        {
            return general;
        }

        // labels(n)[k], as in every explorer query: read the label without building the list; anything else
        // (null, not a node, a deleted node) takes the general path and its errors.
        var node = Compile(argument, scope);
        return (context, row) =>
        {
            if (node(context, row) is not NodeRef n || !context.Store.NodeExists(n.Id))
            {
                return general(context, row);
            }

            var labels = context.Store.NodeLabels(n.Id);
            var position = at < 0 ? labels.Length + at : at;
            return position >= 0 && position < labels.Length ? context.Store.Labels.Name(labels[(int)position]) : null;
        };
    }

    private Evaluator CompileIndexOf(IndexExpression index, RowSlots scope)
    {
        var subject = Compile(index.Subject, scope);
        var at = Compile(index.Index, scope);
        return (context, row) =>
        {
            var value = subject(context, row);
            var i = at(context, row);
            switch (value)
            {
                case null:
                    return null;
                case IReadOnlyList<object?> list:
                    {
                        if (i is null)
                        {
                            return null;
                        }

                        if (i is not long n)
                        {
                            return CypherErrors.TypeError<object?>("InvalidArgumentType", $"A list index must be an integer, not {CypherValues.TypeName(i)}.");
                        }

                        var position = n < 0 ? list.Count + n : n;
                        return position >= 0 && position < list.Count ? list[(int)position] : null;
                    }

                case IReadOnlyDictionary<string, object?> or NodeRef or RelRef:
                    if (i is null)
                    {
                        return null;
                    }

                    return i is string key
                        ? Property(context, value, key)
                        : CypherErrors.TypeError<object?>("MapElementAccessByNonString", $"A map key must be a string, not {CypherValues.TypeName(i)}.");
                default:
                    return CypherErrors.TypeError<object?>("InvalidArgumentType", $"Cannot index into {CypherValues.TypeName(value)}.");
            }
        };
    }

    private Evaluator CompileSlice(SliceExpression slice, RowSlots scope)
    {
        var subject = Compile(slice.Subject, scope);
        var from = slice.From is null ? null : Compile(slice.From, scope);
        var to = slice.To is null ? null : Compile(slice.To, scope);
        return (context, row) =>
        {
            var value = subject(context, row);
            if (value is null)
            {
                return null;
            }

            if (value is not IReadOnlyList<object?> list)
            {
                return CypherErrors.TypeError<object?>("InvalidArgumentType", $"Cannot slice {CypherValues.TypeName(value)}.");
            }

            var f = from?.Invoke(context, row);
            var t = to?.Invoke(context, row);
            if ((from is not null && f is null) || (to is not null && t is null))
            {
                return null;
            }

            long Clamp(object? bound, long fallback)
            {
                if (bound is null)
                {
                    return fallback;
                }

                var n = bound as long? ?? CypherErrors.TypeError<long>("InvalidArgumentType", "A slice bound must be an integer.");
                if (n < 0)
                {
                    n += list.Count;
                }

                return Math.Clamp(n, 0, list.Count);
            }

            var start = Clamp(f, 0);
            var end = Clamp(t, list.Count);
            return end <= start ? new List<object?>() : list.Skip((int)start).Take((int)(end - start)).ToList();
        };
    }

    private Evaluator CompileList(ListLiteral list, RowSlots scope)
    {
        var items = list.Items.Select(i => Compile(i, scope)).ToArray();
        return (context, row) =>
        {
            var result = new List<object?>(items.Length);
            foreach (var item in items)
            {
                result.Add(item(context, row));
            }

            return result;
        };
    }

    private Evaluator CompileMap(MapLiteral map, RowSlots scope)
    {
        var keys = map.Entries.Select(static e => e.Key).ToArray();
        var values = map.Entries.Select(e => Compile(e.Value, scope)).ToArray();
        return (context, row) =>
        {
            var result = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                result[keys[i]] = values[i](context, row);
            }

            return result;
        };
    }

    private Evaluator CompileMapProjection(MapProjection projection, RowSlots scope)
    {
        var subject = Compile(projection.Subject, scope);
        var items = projection.Items.Select<MapProjectionItem, Action<QueryContext, object?[], object?, Dictionary<string, object?>>>(item => item switch
        {
            MapProjectionProperty p => (context, _, value, map) => map[p.Key] = Property(context, value, p.Key),
            MapProjectionLiteral l => Bind(Compile(l.Value, scope), l.Key),
            MapProjectionVariable v => Bind(Compile(v.Variable, scope), v.Variable.Name),
            _ => static (context, _, value, map) =>
            {
                foreach (var (key, item) in AllProperties(context, value))
                {
                    map[key] = item;
                }
            },
        }).ToArray();
        return (context, row) =>
        {
            var value = subject(context, row);
            if (value is null)
            {
                return null;
            }

            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                item(context, row, value, map);
            }

            return map;
        };

        static Action<QueryContext, object?[], object?, Dictionary<string, object?>> Bind(Evaluator evaluator, string key) =>
            (context, row, _, map) => map[key] = evaluator(context, row);
    }

    private static IReadOnlyDictionary<string, object?> AllProperties(QueryContext context, object? value) => value switch
    {
        NodeRef node => Entities.NodeProperties(context, node.Id),
        RelRef rel => Entities.RelationshipProperties(context, rel.Id),
        IReadOnlyDictionary<string, object?> map => map,
        _ => CypherErrors.TypeError<IReadOnlyDictionary<string, object?>>("InvalidArgumentType", $"Cannot project {CypherValues.TypeName(value)}."),
    };

    private Evaluator CompileFunction(FunctionInvocation function, RowSlots scope)
    {
        var name = function.LowerCaseName;
        if (Aggregator.TryGetKind(name, out var kind))
        {
            if (function.Arguments.Count == 0 || function.Arguments.Count > (kind is AggregateKind.PercentileCont or AggregateKind.PercentileDisc ? 2 : 1))
            {
                return CypherErrors.Syntax<Evaluator>("InvalidNumberOfArguments", $"Wrong number of arguments for {function.Function}.", function.Span);
            }

            return CompileAggregate(kind, function.Distinct, function.Arguments[0], function.Arguments.Count > 1 ? function.Arguments[1] : null, function.Span, scope);
        }

        if (_labelSetScan is { } scan && name == "labels" && function.Arguments is [Variable v] && v.Name == scan.Variable)
        {
            var labelsSlot = scan.LabelsSlot;
            return (_, row) => row[labelsSlot];
        }

        var args = function.Arguments.Select(a => Compile(a, scope)).ToArray();
        if (ScalarFunctions.TryGet(name, out var scalar))
        {
            if (args.Length < scalar.MinArguments || args.Length > scalar.MaxArguments)
            {
                return CypherErrors.Syntax<Evaluator>("InvalidNumberOfArguments", $"Wrong number of arguments for {function.Function}.", function.Span);
            }

            var invoke = scalar.Invoke;
            var argumentSpans = function.Arguments.Select(static a => a.Span).ToArray();
            if (scalar.Single is { } single && args is [var only])
            {
                // type(r), startNode(r) and the like, read for every row: the value goes straight to the function.
                return (context, row) =>
                {
                    var value = only(context, row);
                    try
                    {
                        return value is null ? null : single(context, value);
                    }
                    catch (CypherException error) when (ArgumentPosition(error, argumentSpans) is { } position)
                    {
                        throw CypherErrors.At(error, position);
                    }
                };
            }

            return (context, row) =>
            {
                var values = new object?[args.Length];
                for (var i = 0; i < args.Length; i++)
                {
                    values[i] = args[i](context, row);
                }

                try
                {
                    return invoke(context, values);
                }
                catch (CypherException error) when (ArgumentPosition(error, argumentSpans) is { } position)
                {
                    throw CypherErrors.At(error, position);
                }
            };
        }

        if (TemporalSupport.IsTemporalFunction(name))
        {
            return (context, row) =>
            {
                var values = new object?[args.Length];
                for (var i = 0; i < args.Length; i++)
                {
                    values[i] = args[i](context, row);
                }

                return TemporalSupport.Invoke(name, values, context);
            };
        }

        return CypherErrors.Syntax<Evaluator>("UnknownFunction", $"Unknown function '{function.Function}'.", function.Span);
    }

    // An error a function raises about one of its arguments, and not placed yet, points at that argument.
    private static SourcePosition? ArgumentPosition(CypherException error, SourceSpan[] spans) =>
        error.Position is null && error.Data[CypherErrors.ArgumentKey] is int at && at < spans.Length ? spans[at].Position : null;

    private Evaluator CompileAggregate(AggregateKind kind, bool distinct, Expression? argument, Expression? extra, SourceSpan span, RowSlots scope)
    {
        if (_aggregates is null)
        {
            return CypherErrors.Syntax<Evaluator>("InvalidAggregation", "Aggregation is not allowed here.", span);
        }

        var collector = _aggregates;
        _aggregates = null;
        try
        {
            if ((argument is not null && ExpressionWalk.ContainsAggregate(argument)) || (extra is not null && ExpressionWalk.ContainsAggregate(extra)))
            {
                return CypherErrors.Syntax<Evaluator>("NestedAggregation", "Aggregations cannot be nested.", span);
            }

            var slot = NewSlot();
            collector.Add(new AggregateSpec(kind, distinct,
                argument is null ? null : Compile(argument, scope),
                extra is null ? null : Compile(extra, scope),
                slot,
                span));
            return (_, row) => row[slot];
        }
        finally
        {
            _aggregates = collector;
        }
    }

    private Evaluator CompileCase(CaseExpression @case, RowSlots scope)
    {
        var subject = @case.Subject is null ? null : Compile(@case.Subject, scope);
        if (subject is not null && @case.Alternatives.Any(static a => CaseSubject.Tests(a.When)))
        {
            return CompileExtendedCase(@case, subject, scope);
        }

        var whens = @case.Alternatives.Select(a => Compile(a.When, scope)).ToArray();
        var thens = @case.Alternatives.Select(a => Compile(a.Then, scope)).ToArray();
        var otherwise = @case.Else is null ? Constant(null) : Compile(@case.Else, scope);
        if (subject is null)
        {
            return (context, row) =>
            {
                for (var i = 0; i < whens.Length; i++)
                {
                    if (whens[i](context, row) is true)
                    {
                        return thens[i](context, row);
                    }
                }

                return otherwise(context, row);
            };
        }

        return (context, row) =>
        {
            var value = subject(context, row);
            for (var i = 0; i < whens.Length; i++)
            {
                if (ValueComparison.Equal(value, whens[i](context, row)) == true)
                {
                    return thens[i](context, row);
                }
            }

            return otherwise(context, row);
        };
    }

    /// <summary>A simple CASE whose WHENs compare the tested value in other ways than equality: it is held in a slot the WHENs read.</summary>
    private Evaluator CompileExtendedCase(CaseExpression @case, Evaluator subject, RowSlots scope)
    {
        var slot = NewSlot();
        var inner = scope.With(CaseSubject.SlotName, slot);
        var tests = @case.Alternatives.Select(a => CaseSubject.Tests(a.When)).ToArray();
        var whens = @case.Alternatives.Select((a, i) => Compile(a.When, tests[i] ? inner : scope)).ToArray();
        var thens = @case.Alternatives.Select(a => Compile(a.Then, scope)).ToArray();
        var otherwise = @case.Else is null ? Constant(null) : Compile(@case.Else, scope);
        return (context, row) =>
        {
            var value = subject(context, row);
            var saved = row[slot];
            row[slot] = value;
            try
            {
                for (var i = 0; i < whens.Length; i++)
                {
                    var when = whens[i](context, row);
                    if (tests[i] ? when is true : ValueComparison.Equal(value, when) == true)
                    {
                        return thens[i](context, row);
                    }
                }
            }
            finally
            {
                row[slot] = saved;
            }

            return otherwise(context, row);
        };
    }

    private Evaluator CompileCaseSubject(CaseSubject subject, RowSlots scope) => scope.TryGet(CaseSubject.SlotName, out var slot)
        ? (_, row) => row[slot]
        : CypherErrors.Syntax<Evaluator>("UnexpectedSyntax", "A comparison without its left side belongs in the WHEN of a simple CASE.", subject.Span);

    private static IReadOnlyList<object?>? AsList(object? value, string what) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => CypherErrors.TypeError<IReadOnlyList<object?>>("InvalidArgumentType", $"{what} needs a list, not {CypherValues.TypeName(value)}."),
    };

    private Evaluator CompileListComprehension(ListComprehension comprehension, RowSlots scope)
    {
        var source = Compile(comprehension.Source, scope);
        var slot = NewSlot();
        var inner = scope.With(comprehension.Variable.Name, slot);
        var where = comprehension.Where is null ? null : Compile(comprehension.Where, inner);
        var projection = comprehension.Projection is null ? null : Compile(comprehension.Projection, inner);
        return (context, row) =>
        {
            var list = AsList(source(context, row), "A list comprehension");
            if (list is null)
            {
                return null;
            }

            var saved = row[slot];
            var result = new List<object?>();
            foreach (var item in list)
            {
                context.Tick();
                row[slot] = item;
                if (where is null || where(context, row) is true)
                {
                    result.Add(projection is null ? item : projection(context, row));
                }
            }

            row[slot] = saved;
            return result;
        };
    }

    private Evaluator CompileQuantifier(QuantifierExpression quantifier, RowSlots scope)
    {
        var source = Compile(quantifier.Source, scope);
        var slot = NewSlot();
        var inner = scope.With(quantifier.Variable.Name, slot);
        var where = quantifier.Where is null ? Constant(true) : Compile(quantifier.Where, inner);
        var kind = quantifier.Kind;
        return (context, row) =>
        {
            var list = AsList(source(context, row), kind.ToString().ToLowerInvariant() + "()");
            if (list is null)
            {
                return null;
            }

            var saved = row[slot];
            long trues = 0, nulls = 0;
            foreach (var item in list)
            {
                context.Tick();
                row[slot] = item;
                var result = where(context, row);
                if (result is true)
                {
                    trues++;
                }
                else if (result is null)
                {
                    nulls++;
                }
            }

            row[slot] = saved;
            var falses = list.Count - trues - nulls;
            return kind switch
            {
                QuantifierKind.All => falses > 0 ? false : nulls > 0 ? null : true,
                QuantifierKind.Any => trues > 0 ? true : nulls > 0 ? null : false,
                QuantifierKind.None => trues > 0 ? false : nulls > 0 ? null : true,
                _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
            };
        };
    }

    private Evaluator CompileReduce(ReduceExpression reduce, RowSlots scope)
    {
        var initial = Compile(reduce.Initial, scope);
        var source = Compile(reduce.Source, scope);
        var accumulator = NewSlot();
        var slot = NewSlot();
        var inner = scope.With(reduce.Accumulator.Name, accumulator).With(reduce.Variable.Name, slot);
        var step = Compile(reduce.Expression, inner);
        return (context, row) =>
        {
            var list = AsList(source(context, row), "reduce()");
            if (list is null)
            {
                return null;
            }

            var (savedAccumulator, savedItem) = (row[accumulator], row[slot]);
            row[accumulator] = initial(context, row);
            foreach (var item in list)
            {
                // One step may copy a long accumulator (acc + [x]), so check at every step, not every thousand.
                context.CheckCancellation();
                row[slot] = item;
                row[accumulator] = step(context, row);
            }

            var result = row[accumulator];
            (row[accumulator], row[slot]) = (savedAccumulator, savedItem);
            return result;
        };
    }

    private Evaluator CompileUnary(UnaryExpression unary, RowSlots scope)
    {
        var operand = Compile(unary.Operand, scope);
        return unary.Operator switch
        {
            UnaryOperator.Not => (context, row) => operand(context, row) switch
            {
                null => null,
                bool b => Boxed.Bool(!b),
                var v => CypherErrors.TypeError<object?>("InvalidArgumentType", $"NOT needs a boolean, not {CypherValues.TypeName(v)}."),
            },
            UnaryOperator.Minus => (context, row) => Arithmetic.Negate(operand(context, row)),
            _ => (context, row) => operand(context, row) switch
            {
                null => null,
                long or double => operand(context, row),
                var v => CypherErrors.TypeError<object?>("InvalidArgumentType", $"Unary + needs a number, not {CypherValues.TypeName(v)}."),
            },
        };
    }

    private static bool? Truth(object? value, string op) => value switch
    {
        null => null,
        bool b => b,
        _ => CypherErrors.TypeError<bool?>("InvalidArgumentType", $"{op} needs booleans, not {CypherValues.TypeName(value)}."),
    };

    private Evaluator CompileBinary(BinaryExpression binary, RowSlots scope)
    {
        var left = Compile(binary.Left, scope);
        var right = Compile(binary.Right, scope);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return (context, row) =>
                {
                    var l = Truth(left(context, row), "AND");
                    if (l == false)
                    {
                        return Boxed.False;
                    }

                    var r = Truth(right(context, row), "AND");
                    return r == false ? Boxed.False : l is null || r is null ? null : Boxed.True;
                };
            case BinaryOperator.Or:
                return (context, row) =>
                {
                    var l = Truth(left(context, row), "OR");
                    if (l == true)
                    {
                        return Boxed.True;
                    }

                    var r = Truth(right(context, row), "OR");
                    return r == true ? Boxed.True : l is null || r is null ? null : Boxed.False;
                };
            case BinaryOperator.Xor:
                return (context, row) =>
                {
                    var l = Truth(left(context, row), "XOR");
                    var r = Truth(right(context, row), "XOR");
                    return l is null || r is null ? null : Boxed.Bool(l != r);
                };
            case BinaryOperator.Equal:
                Evaluator equal = (context, row) => Boxed.Bool(ValueComparison.Equal(left(context, row), right(context, row)));
                return EndpointIs(binary, scope, equal) ?? equal;
            case BinaryOperator.NotEqual:
                return (context, row) => Boxed.Bool(!ValueComparison.Equal(left(context, row), right(context, row)));
            case BinaryOperator.LessThan:
                return Comparison(left, right, static c => c < 0);
            case BinaryOperator.LessThanOrEqual:
                return Comparison(left, right, static c => c <= 0);
            case BinaryOperator.GreaterThan:
                return Comparison(left, right, static c => c > 0);
            case BinaryOperator.GreaterThanOrEqual:
                return Comparison(left, right, static c => c >= 0);
            case BinaryOperator.Add:
                return (context, row) =>
                {
                    var l = left(context, row);
                    var r = right(context, row);
                    context.Limits.CheckAddition(l, r);
                    return Arithmetic.Add(l, r);
                };
            case BinaryOperator.Concatenate:
                return (context, row) => Concatenate(context, left(context, row), right(context, row));
            case BinaryOperator.Subtract:
                return (context, row) => Arithmetic.Subtract(left(context, row), right(context, row));
            case BinaryOperator.Multiply:
                return (context, row) => Arithmetic.Multiply(left(context, row), right(context, row));
            case BinaryOperator.Divide:
                return (context, row) => Arithmetic.Divide(left(context, row), right(context, row));
            case BinaryOperator.Modulo:
                return (context, row) => Arithmetic.Modulo(left(context, row), right(context, row));
            case BinaryOperator.Power:
                return (context, row) => Arithmetic.Power(left(context, row), right(context, row));
            case BinaryOperator.In:
                var membership = new ListMembership();
                Evaluator inList = (context, row) => membership.In(left(context, row), right(context, row));
                return IdInParameter(binary, scope, right, inList) ?? inList;
            case BinaryOperator.StartsWith:
                return (context, row) => left(context, row) is string l && right(context, row) is string r ? Boxed.Bool(l.StartsWith(r, StringComparison.Ordinal)) : null;
            case BinaryOperator.EndsWith:
                return (context, row) => left(context, row) is string l && right(context, row) is string r ? Boxed.Bool(l.EndsWith(r, StringComparison.Ordinal)) : null;
            case BinaryOperator.Contains:
                return (context, row) => left(context, row) is string l && right(context, row) is string r ? Boxed.Bool(l.Contains(r, StringComparison.Ordinal)) : null;
            default:
                return (context, row) => Arithmetic.RegexMatch(left(context, row), right(context, row), context);
        }
    }

    /// <summary>
    /// <c>n.id IN $ids</c> in a read query, decided from the node's number against the nodes the id index gives for
    /// the list's strings (looked up once per run): a node among them is in; any other is out when it has an id and
    /// unknown (null) when it has none and the list is not empty. No property of the node is read, which on a large
    /// graph is a cache miss or three per row: a ring of a neighbourhood tests every neighbour of its frontier this
    /// way, once as it reads the relationship and again in the WHERE. Anything else (not a node, a list holding
    /// other than strings, a write, whose own changes are not in the index yet) is <paramref name="general"/>.
    /// Null when the expression has another shape.
    /// </summary>
    private Evaluator? IdInParameter(BinaryExpression binary, RowSlots scope, Evaluator list, Evaluator general)
    {
        if (_substitutes is not null || _labelSetScan is not null
            || binary is not { Left: PropertyLookup { Subject: Variable variable, PropertyName: GraphStore.IdProperty }, Right: Parameter parameter }
            || !scope.TryGet(variable.Name, out var slot))
        {
            return null;
        }

        var ids = IdSet(parameter.Name);
        return (context, row) =>
        {
            if (row[slot] is not NodeRef node || !context.Store.NodeExists(node.Id) || ids.For(context) is not { } set)
            {
                return general(context, row);
            }

            if (set.Contains(node.Id))
            {
                return Boxed.True;
            }

            // Its id, if it has one, equals none of the strings; no id is null, which IN an empty list is false.
            return context.Store.HasId(node.Id) || list(context, row) is IReadOnlyList<object?> { Count: 0 } ? Boxed.False : null;
        };
    }

    /// <summary>
    /// <c>startNode(r) = n</c> and <c>endNode(r) = n</c> (either way round), decided from the relationship's and the
    /// node's numbers: no node reference is made for the end to compare. A template that keeps each relationship once
    /// (the neighbourhood's ring edges) tests it for every relationship a hub's ring finds. Anything else (not a
    /// relationship and a node, as a type error or null must come out as written) is <paramref name="general"/>.
    /// Null when the expression has another shape.
    /// </summary>
    private Evaluator? EndpointIs(BinaryExpression binary, RowSlots scope, Evaluator general)
    {
        var (call, other) = binary.Left is FunctionInvocation l ? (l, binary.Right) : binary.Right is FunctionInvocation r ? (r, binary.Left) : (null, null);
        if (_substitutes is not null || _labelSetScan is not null
            || call is not { LowerCaseName: "startnode" or "endnode", Distinct: false, Arguments: [Variable relationship] }
            || other is not Variable node
            || !scope.TryGet(relationship.Name, out var relSlot)
            || !scope.TryGet(node.Name, out var nodeSlot))
        {
            return null;
        }

        var start = call.LowerCaseName == "startnode";
        return (context, row) => row[relSlot] is RelRef rel && row[nodeSlot] is NodeRef at
            ? Boxed.Bool((start ? context.Store.StartNode(rel.Id) : context.Store.EndNode(rel.Id)) == at.Id)
            : general(context, row);
    }

    private static Evaluator Comparison(Evaluator left, Evaluator right, Func<int, bool> test) => (context, row) =>
    {
        var c = ValueComparison.Compare(left(context, row), right(context, row));
        return c switch
        {
            null => null,
            ValueComparison.NaNComparison => Boxed.False,
            _ => Boxed.Bool(test(c.Value)),
        };
    };

    /// <summary><c>a || b</c>: two strings or two lists joined, null when either is null; no conversions, unlike +.</summary>
    private static object? Concatenate(QueryContext context, object? left, object? right)
    {
        switch (left, right)
        {
            case (null, _) or (_, null):
                return null;
            case (string l, string r):
                context.Limits.CheckString((long)l.Length + r.Length, "The string concatenation ||");
                return string.Concat(l, r);
            case (IReadOnlyList<object?> l, IReadOnlyList<object?> r):
                context.Limits.CheckList((long)l.Count + r.Count, "The list concatenation ||");
                var joined = new List<object?>(l.Count + r.Count);
                joined.AddRange(l);
                joined.AddRange(r);
                return joined;
            default:
                return CypherErrors.TypeError<object?>(
                    "InvalidArgumentType", $"|| joins two strings or two lists, not {CypherValues.TypeName(left)} and {CypherValues.TypeName(right)}.");
        }
    }

    private Evaluator CompileTypePredicate(TypePredicateExpression predicate, RowSlots scope)
    {
        var operand = Compile(predicate.Operand, scope);
        var type = predicate.ValueType;
        return predicate.Negated
            ? (context, row) => !ValueTypes.Matches(type, operand(context, row))
            : (context, row) => ValueTypes.Matches(type, operand(context, row));
    }

    private Evaluator CompileNormalized(NormalizedPredicate predicate, RowSlots scope)
    {
        var operand = Compile(predicate.Operand, scope);
        var form = predicate.Form;
        var negated = predicate.Negated;
        return (context, row) => ScalarFunctions.IsNormalized(operand(context, row), form) is { } normalized ? normalized != negated : null;
    }

    private Evaluator CompileIsNull(IsNullExpression isNull, RowSlots scope)
    {
        var operand = Compile(isNull.Operand, scope);
        return isNull.Negated
            ? (context, row) => Boxed.Bool(operand(context, row) is not null)
            : (context, row) => Boxed.Bool(operand(context, row) is null);
    }

    private Evaluator CompileLabelPredicate(LabelPredicate predicate, RowSlots scope)
    {
        var subject = Compile(predicate.Subject, scope);
        var labels = predicate.Labels.ToArray();
        var test = LabelTest.Compile(predicate.LabelExpression, e => Compile(e, scope));
        return (context, row) =>
        {
            var value = subject(context, row);
            if (value is null)
            {
                return null;
            }

            if (value is RelRef rel)
            {
                // As in Neo4j 5, a label expression on a relationship tests its one type.
                var type = context.Store.RelationshipTypes.Name(context.Store.RelationshipType(rel.Id));
                return Array.TrueForAll(labels, label => string.Equals(label, type, StringComparison.Ordinal))
                    && (test is null || test.MatchesType(context, row, type));
            }

            if (value is not NodeRef node)
            {
                return CypherErrors.TypeError<object?>("InvalidArgumentType", $"Labels can only be tested on nodes and relationships, not {CypherValues.TypeName(value)}.");
            }

            foreach (var label in labels)
            {
                var token = context.Store.Labels.Find(label);
                if (token < 0 || !context.Store.HasLabel(node.Id, token))
                {
                    return false;
                }
            }

            return test is null || test.MatchesNode(context, row, node.Id);
        };
    }
}
