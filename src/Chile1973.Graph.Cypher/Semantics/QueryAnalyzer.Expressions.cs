namespace Chile1973.Graph.Cypher.Semantics;

internal sealed partial class QueryAnalyzer
{
    /// <summary>A WHERE predicate: no aggregates, and not a value that can never be a boolean (a node, a number, ...).</summary>
    private void CheckPredicate(Expression predicate, Scope scope)
    {
        var type = Check(predicate, scope, ExpressionContext.Plain);
        if (type.Kind is TypeKind.Node or TypeKind.Relationship or TypeKind.Path or TypeKind.Integer or TypeKind.Float
            or TypeKind.String or TypeKind.List or TypeKind.Map)
        {
            SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: expected BOOLEAN but was {type.Name}", predicate);
        }
    }

    /// <summary>Checks scope, aggregation and statically known types of an expression; returns what is known of its type.</summary>
    private StaticType Check(Expression expression, Scope scope, ExpressionContext context)
    {
        Syntax.SyntaxErrors.EnsureStack(expression);
        if (context.Projected is { } projected && expression is not Literal
            && projected.TryGetValue(AstWalker.StructuralKey(expression), out var projectedType))
        {
            return projectedType;
        }

        switch (expression)
        {
            case IntegerLiteral:
                return StaticType.Integer;
            case FloatLiteral:
                return StaticType.Float;
            case StringLiteral:
                return StaticType.String;
            case BooleanLiteral:
                return StaticType.Boolean;
            case NullLiteral:
                return StaticType.Null;
            case Parameter parameter:
                parameters.Add(parameter.Name);
                return StaticType.Any;
            case Variable variable:
                return LookupVariable(variable, scope);
            case PropertyLookup lookup:
                return CheckPropertyLookup(lookup, scope, context);
            case IndexExpression index:
                var listType = Check(index.Subject, scope, context);
                Check(index.Index, scope, context);
                return listType.Kind == TypeKind.List ? listType.Element ?? StaticType.Any : StaticType.Any;
            case SliceExpression slice:
                var sliced = Check(slice.Subject, scope, context);
                CheckOptional(slice.From, scope, context);
                CheckOptional(slice.To, scope, context);
                return sliced.Kind is TypeKind.List or TypeKind.String ? sliced : StaticType.Any;
            case ListLiteral list:
                return StaticType.ListOf(StaticType.Common(list.Items.Select(i => Check(i, scope, context)).ToList()));
            case MapLiteral map:
                foreach (var entry in map.Entries)
                {
                    Check(entry.Value, scope, context);
                }

                return StaticType.Map;
            case MapProjection mapProjection:
                return CheckMapProjection(mapProjection, scope, context);
            case FunctionInvocation function:
                return CheckFunction(function, scope, context);
            case CountStar countStar:
                CheckAggregateAllowed(countStar, context);
                return StaticType.Integer;
            case CaseExpression caseExpression:
                return CheckCase(caseExpression, scope, context);
            case CaseSubject:
                return StaticType.Any;
            case ListComprehension comprehension:
                return CheckListComprehension(comprehension, scope, context);
            case QuantifierExpression quantifier:
                CheckIteration(quantifier.Variable, quantifier.Source, quantifier.Where, null, scope, context);
                return StaticType.Boolean;
            case ReduceExpression reduce:
                return CheckReduce(reduce, scope, context);
            case PatternComprehension patternComprehension:
                return CheckPatternComprehension(patternComprehension, scope);
            case PatternPredicate predicate:
                DeclareMatchedElement(predicate.Pattern, scope, relationshipsHere: null, allowNew: false);
                CheckPatternProperties(predicate.Pattern, scope, allowParameters: true);
                CheckInlinePredicates(predicate.Pattern, scope, scope);
                return StaticType.Boolean;
            case SubqueryExpression subquery:
                CheckSubquery(subquery, scope);
                return subquery.Kind switch
                {
                    SubqueryKind.Exists => StaticType.Boolean,
                    SubqueryKind.Count => StaticType.Integer,
                    _ => StaticType.AnyList,
                };
            case UnaryExpression unary:
                return CheckUnary(unary, scope, context);
            case BinaryExpression binary:
                return CheckBinary(binary, scope, context);
            case IsNullExpression isNull:
                Check(isNull.Operand, scope, context);
                return StaticType.Boolean;
            case TypePredicateExpression typePredicate:
                Check(typePredicate.Operand, scope, context);
                return StaticType.Boolean;
            case NormalizedPredicate normalized:
                Check(normalized.Operand, scope, context);
                return StaticType.Boolean;
            case LabelPredicate labels:
                Check(labels.Subject, scope, context);
                CheckDynamicLabels(labels.LabelExpression, scope);
                return StaticType.Boolean;
            default:
                throw new NotSupportedException($"Unknown expression {expression.GetType().Name}");
        }
    }

    private void CheckOptional(Expression? expression, Scope scope, ExpressionContext context)
    {
        if (expression is not null)
        {
            Check(expression, scope, context);
        }
    }

    private static StaticType LookupVariable(Variable variable, Scope scope)
    {
        var type = scope.Lookup(variable.Name);
        if (type is null)
        {
            SemanticErrors.Throw(SemanticErrors.UndefinedVariable, $"Variable `{variable.Name}` not defined", variable);
        }

        return type;
    }

    private StaticType CheckPropertyLookup(PropertyLookup lookup, Scope scope, ExpressionContext context)
    {
        var subject = Check(lookup.Subject, scope, context);
        switch (subject.Kind)
        {
            case TypeKind.Integer or TypeKind.Float or TypeKind.Boolean or TypeKind.String or TypeKind.List:
                SemanticErrors.ThrowTypeError($"Type mismatch: expected a map, node or relationship but was {subject.Name}", lookup);
                break;
            case TypeKind.Path:
                SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, "Type mismatch: a path has no properties", lookup);
                break;
            default:
                break;
        }

        return StaticType.Any;
    }

    private StaticType CheckMapProjection(MapProjection projection, Scope scope, ExpressionContext context)
    {
        LookupVariable(projection.Subject, scope);
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case MapProjectionLiteral literal:
                    Check(literal.Value, scope, context);
                    break;
                case MapProjectionVariable variable:
                    LookupVariable(variable.Variable, scope);
                    break;
                default:
                    break;
            }
        }

        return StaticType.Map;
    }

    private StaticType CheckCase(CaseExpression caseExpression, Scope scope, ExpressionContext context)
    {
        CheckOptional(caseExpression.Subject, scope, context);
        var results = new List<StaticType>();
        foreach (var alternative in caseExpression.Alternatives)
        {
            Check(alternative.When, scope, context);
            results.Add(Check(alternative.Then, scope, context));
        }

        results.Add(caseExpression.Else is { } otherwise ? Check(otherwise, scope, context) : StaticType.Null);
        return StaticType.Common(results);
    }

    private static void CheckAggregateAllowed(Expression aggregate, ExpressionContext context)
    {
        if (context.InsideAggregate)
        {
            SemanticErrors.Throw(SemanticErrors.NestedAggregation, "Aggregate functions cannot be nested inside other aggregates", aggregate);
        }

        if (!context.AggregatesAllowed)
        {
            SemanticErrors.Throw(
                SemanticErrors.InvalidAggregation,
                "Aggregate functions are only allowed in the items of WITH and RETURN (and ORDER BY of an aggregating projection)",
                aggregate);
        }
    }

    private StaticType CheckFunction(FunctionInvocation function, Scope scope, ExpressionContext context)
    {
        var name = function.LowerCaseName;
        if (!FunctionCatalog.IsKnown(name))
        {
            SemanticErrors.Throw(SemanticErrors.UnknownFunction, $"Unknown function '{function.Function.FullName}'", function);
        }

        if (FunctionCatalog.Arity(name) is { } arity && (function.Arguments.Count < arity.Min || function.Arguments.Count > arity.Max))
        {
            var expected = arity.Min == arity.Max ? $"{arity.Min}" : arity.Max == int.MaxValue ? $"at least {arity.Min}" : $"{arity.Min} to {arity.Max}";
            SemanticErrors.Throw(
                SemanticErrors.InvalidNumberOfArguments,
                $"Function {function.Function.FullName} takes {expected} argument(s), not {function.Arguments.Count}",
                function);
        }

        var argumentContext = context;
        if (FunctionCatalog.IsAggregate(name))
        {
            CheckAggregateAllowed(function, context);
            argumentContext = context with { InsideAggregate = true };
            if (function.Arguments.SelectMany(AstWalker.DescendantsAndSelf)
                .FirstOrDefault(static n => n is FunctionInvocation { LowerCaseName: "rand" }) is { } random)
            {
                SemanticErrors.Throw(SemanticErrors.NonConstantExpression, "Non-deterministic functions cannot be used inside aggregates", random);
            }
        }

        var arguments = function.Arguments.Select(a => Check(a, scope, argumentContext)).ToList();
        if (arguments.Count == 1)
        {
            CheckArgumentType(function, name, arguments[0]);
        }

        return FunctionCatalog.ResultType(name, arguments);
    }

    private static void CheckArgumentType(FunctionInvocation function, string name, StaticType argument)
    {
        var invalid = name switch
        {
            "labels" => argument.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Node),
            "type" => argument.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Relationship),
            "properties" => argument.Kind is TypeKind.Integer or TypeKind.Float or TypeKind.String or TypeKind.Boolean
                or TypeKind.List or TypeKind.Path,
            "length" => argument.Kind is TypeKind.Node or TypeKind.Relationship or TypeKind.Integer or TypeKind.Float
                or TypeKind.Boolean or TypeKind.Map,
            "nodes" or "relationships" => argument.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Path),
            "startnode" or "endnode" => argument.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Relationship),
            _ => false,
        };
        if (invalid)
        {
            SemanticErrors.Throw(
                SemanticErrors.InvalidArgumentType,
                $"Type mismatch: {function.Function.FullName}() does not accept {argument.Name}",
                function.Arguments[0]);
        }
    }

    private StaticType CheckListComprehension(ListComprehension comprehension, Scope scope, ExpressionContext context)
    {
        var (element, projection) = CheckIteration(comprehension.Variable, comprehension.Source, comprehension.Where, comprehension.Projection, scope, context);
        return StaticType.ListOf(projection ?? element);
    }

    /// <summary>
    /// <c>x IN source WHERE predicate | projection</c>: the variable is local; the per-element parts cannot aggregate
    /// (an aggregate there has no group to aggregate over).
    /// </summary>
    private (StaticType Element, StaticType? Projection) CheckIteration(
        Variable variable,
        Expression source,
        Expression? where,
        Expression? projection,
        Scope scope,
        ExpressionContext context)
    {
        var sourceType = Check(source, scope, context);
        var element = sourceType.Kind == TypeKind.List ? sourceType.Element ?? StaticType.Any : StaticType.Any;
        var local = new Scope(scope);
        local.Declare(variable.Name, element);
        var inner = ExpressionContext.Plain with { Projected = context.Projected };
        if (where is not null)
        {
            Check(where, local, inner);
        }

        return (element, projection is null ? null : Check(projection, local, inner));
    }

    private StaticType CheckReduce(ReduceExpression reduce, Scope scope, ExpressionContext context)
    {
        var initial = Check(reduce.Initial, scope, context);
        var source = Check(reduce.Source, scope, context);
        var local = new Scope(scope);
        local.Declare(reduce.Accumulator.Name, initial.Kind == TypeKind.Null ? StaticType.Any : StaticType.Any);
        local.Declare(reduce.Variable.Name, source.Kind == TypeKind.List ? source.Element ?? StaticType.Any : StaticType.Any);
        Check(reduce.Expression, local, ExpressionContext.Plain with { Projected = context.Projected });
        return StaticType.Any;
    }

    private StaticType CheckPatternComprehension(PatternComprehension comprehension, Scope scope)
    {
        var local = new Scope(scope);
        DeclareMatchedElement(comprehension.Pattern, local, new HashSet<string>(StringComparer.Ordinal), allowNew: true);
        if (comprehension.PathVariable is { } path)
        {
            if (scope.Lookup(path.Name) is not null)
            {
                SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{path.Name}` already declared", path);
            }

            local.Declare(path.Name, StaticType.Path);
        }

        CheckPatternProperties(comprehension.Pattern, local, allowParameters: true);
        CheckInlinePredicates(comprehension.Pattern, scope, local);
        if (comprehension.Where is { } where)
        {
            CheckPredicate(where, local);
        }

        return StaticType.ListOf(Check(comprehension.Projection, local, ExpressionContext.Plain));
    }

    /// <summary>EXISTS { ... } / COUNT { ... }: sees the outer variables; what it binds stays inside.</summary>
    private void CheckSubquery(SubqueryExpression subquery, Scope scope)
    {
        if (subquery.Query is { } query)
        {
            var inner = new QueryAnalyzer();
            var columns = inner.AnalyzeStatement(query, scope);
            parameters.UnionWith(inner.Parameters);
            if (subquery.Kind == SubqueryKind.Collect && columns.Count != 1)
            {
                SemanticErrors.Throw(
                    SemanticErrors.InvalidClauseComposition,
                    $"A COLLECT subquery must end with a RETURN of exactly one column, not {columns.Count}",
                    subquery);
            }

            if (inner.IsUpdating)
            {
                SemanticErrors.Throw(SemanticErrors.InvalidClauseComposition, "A subquery expression cannot update the graph", subquery);
            }

            return;
        }

        var local = new Scope(scope);
        DeclareAndCheckPattern(subquery.Pattern!, local, scope, allowParameters: true);

        if (subquery.Where is { } where)
        {
            CheckPredicate(where, local);
        }
    }

    private StaticType CheckUnary(UnaryExpression unary, Scope scope, ExpressionContext context)
    {
        var operand = Check(unary.Operand, scope, context);
        if (unary.Operator == UnaryOperator.Not)
        {
            RequireBoolean(operand, unary.Operand, "NOT");
            return StaticType.Boolean;
        }

        if (operand.Kind is TypeKind.Boolean or TypeKind.String or TypeKind.List or TypeKind.Map or TypeKind.Node
            or TypeKind.Relationship or TypeKind.Path)
        {
            SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: unary {(unary.Operator == UnaryOperator.Minus ? "-" : "+")} does not accept {operand.Name}", unary.Operand);
        }

        return operand;
    }

    private static void RequireBoolean(StaticType type, Expression at, string operatorName)
    {
        if (!type.MayBe(TypeKind.Boolean))
        {
            SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: {operatorName} expects BOOLEAN but was {type.Name}", at);
        }
    }

    private StaticType CheckBinary(BinaryExpression binary, Scope scope, ExpressionContext context)
    {
        var left = Check(binary.Left, scope, context);
        var right = Check(binary.Right, scope, context);
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor:
                var name = binary.Operator.ToString().ToUpperInvariant();
                RequireBoolean(left, binary.Left, name);
                RequireBoolean(right, binary.Right, name);
                return StaticType.Boolean;
            case BinaryOperator.In:
                if (!right.MayBe(TypeKind.List))
                {
                    SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: IN expects a LIST but was {right.Name}", binary.Right);
                }

                return StaticType.Boolean;
            case BinaryOperator.Add:
                return CheckAddition(binary, left, right);
            case BinaryOperator.Concatenate:
                return CheckConcatenation(binary, left, right);
            case BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power:
                RequireArithmetic(left, binary.Left, binary.Operator);
                RequireArithmetic(right, binary.Right, binary.Operator);
                if (binary.Operator == BinaryOperator.Power)
                {
                    return left.IsNumber && right.IsNumber ? StaticType.Float : StaticType.Any;
                }

                return left.Kind == TypeKind.Integer && right.Kind == TypeKind.Integer ? StaticType.Integer
                    : left.IsNumber && right.IsNumber ? StaticType.Float : StaticType.Any;
            default:
                return StaticType.Boolean;
        }
    }

    /// <summary><c>||</c> takes two strings or two lists: any other known type is an error before the query runs.</summary>
    private static StaticType CheckConcatenation(BinaryExpression binary, StaticType left, StaticType right)
    {
        foreach (var (type, operand) in new[] { (left, binary.Left), (right, binary.Right) })
        {
            if (!type.MayBe(TypeKind.String) && !type.MayBe(TypeKind.List))
            {
                SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: || expects STRING or LIST but was {type.Name}", operand);
            }
        }

        return left.Kind == TypeKind.String || right.Kind == TypeKind.String ? StaticType.String
            : left.Kind == TypeKind.List && right.Kind == TypeKind.List ? StaticType.AnyList : StaticType.Any;
    }

    private static StaticType CheckAddition(BinaryExpression binary, StaticType left, StaticType right)
    {
        if (left.Kind == TypeKind.List || right.Kind == TypeKind.List)
        {
            return StaticType.AnyList;
        }

        if (left.Kind == TypeKind.String || right.Kind == TypeKind.String)
        {
            return StaticType.String;
        }

        foreach (var (type, operand) in new[] { (left, binary.Left), (right, binary.Right) })
        {
            if (type.Kind is TypeKind.Boolean or TypeKind.Map or TypeKind.Node or TypeKind.Relationship or TypeKind.Path)
            {
                SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: + does not accept {type.Name}", operand);
            }
        }

        return left.Kind == TypeKind.Integer && right.Kind == TypeKind.Integer ? StaticType.Integer
            : left.IsNumber && right.IsNumber ? StaticType.Float : StaticType.Any;
    }

    private static void RequireArithmetic(StaticType type, Expression operand, BinaryOperator op)
    {
        if (type.Kind is TypeKind.Boolean or TypeKind.String or TypeKind.List or TypeKind.Map or TypeKind.Node
            or TypeKind.Relationship or TypeKind.Path)
        {
            SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"Type mismatch: {op} does not accept {type.Name}", operand);
        }
    }
}
