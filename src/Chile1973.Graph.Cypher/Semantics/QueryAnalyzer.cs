namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>
/// Walks one statement clause by clause, keeping the scope of variables, and rejects what openCypher rejects at
/// compile time. Split by concern: clauses here, then patterns, projections and expressions.
/// </summary>
internal sealed partial class QueryAnalyzer
{
    private readonly HashSet<string> parameters = new(StringComparer.Ordinal);

    /// <summary>Whether any clause writes to the graph.</summary>
    public bool IsUpdating { get; private set; }

    /// <summary>Where the first clause that writes begins, to point at when read mode refuses the query.</summary>
    public Chile1973.Graph.Core.Querying.SourcePosition? FirstUpdate { get; private set; }

    /// <summary>Where the first DELETE without DETACH begins: what a node left connected at commit points to.</summary>
    public Chile1973.Graph.Core.Querying.SourcePosition? FirstDelete { get; private set; }

    // How many write clauses were seen so far: tells whether a unit CALL subquery writes.
    private int updates;

    private void MarkUpdating(Clause clause)
    {
        updates++;
        IsUpdating = true;
        FirstUpdate ??= clause.Span.Position;
    }

    /// <summary>The names of the parameters the statement refers to.</summary>
    public IReadOnlySet<string> Parameters => parameters;

    /// <summary>Checks a statement; returns its result columns. <paramref name="outer"/> is set for a subquery.</summary>
    public IReadOnlyList<string> AnalyzeStatement(Statement statement, Scope? outer)
    {
        switch (statement)
        {
            case SingleQuery single:
                return AnalyzeSingleQuery(single, outer);
            case UnionQuery union:
                IReadOnlyList<string>? columns = null;
                foreach (var part in union.Parts)
                {
                    var partColumns = AnalyzeSingleQuery(part, outer);
                    if (columns is null)
                    {
                        columns = partColumns;
                    }
                    else
                    {
                        CheckUnionColumns(columns, partColumns, part);
                    }
                }

                return columns ?? [];
            default:
                throw new NotSupportedException($"Unknown statement {statement.GetType().Name}");
        }
    }

    private IReadOnlyList<string> AnalyzeSingleQuery(SingleQuery query, Scope? outer)
    {
        CheckClauseOrder(query, isSubquery: outer is not null);
        // A COLLECT, COUNT or EXISTS subquery keeps seeing the enclosing query's variables past its WITHs.
        return AnalyzeClauses(query, outer?.Flatten() ?? new Scope(), imported: outer?.Flatten(), out _);
    }

    /// <summary>
    /// The clauses of <paramref name="query"/> from <paramref name="scope"/>; <paramref name="returned"/> types the
    /// returned columns. <paramref name="imported"/> holds what a CALL subquery imports: it stays visible past WITH.
    /// </summary>
    private IReadOnlyList<string> AnalyzeClauses(SingleQuery query, Scope scope, Scope? imported, out Scope? returned)
    {
        returned = null;
        IReadOnlyList<string> columns = [];
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case MatchClause match:
                    AnalyzeMatch(match, scope);
                    break;
                case UnwindClause unwind:
                    AnalyzeUnwind(unwind, scope);
                    break;
                case WithClause with:
                    scope = AnalyzeWith(with, scope);
                    foreach (var (name, type) in imported?.Locals ?? [])
                    {
                        if (!scope.DeclaresLocally(name))
                        {
                            scope.Declare(name, type);
                        }
                    }

                    break;
                case ReturnClause ret:
                    (returned, columns, _) = AnalyzeProjection(ret.Projection, scope, isWith: false);
                    break;
                case CreateClause create:
                    MarkUpdating(clause);
                    AnalyzeCreate(create, scope);
                    break;
                case MergeClause merge:
                    MarkUpdating(clause);
                    AnalyzeMerge(merge, scope);
                    break;
                case SetClause set:
                    MarkUpdating(clause);
                    foreach (var item in set.Items)
                    {
                        AnalyzeSetItem(item, scope);
                    }

                    break;
                case RemoveClause remove:
                    MarkUpdating(clause);
                    AnalyzeRemove(remove, scope);
                    break;
                case DeleteClause delete:
                    MarkUpdating(clause);
                    if (!delete.Detach)
                    {
                        FirstDelete ??= clause.Span.Position;
                    }

                    AnalyzeDelete(delete, scope);
                    break;
                case CallClause call:
                    AnalyzeCall(call, scope);
                    break;
                case CallSubqueryClause call:
                    AnalyzeCallSubquery(call, scope);
                    break;
                case CallInTransactionsClause batched:
                    AnalyzeCallInTransactions(batched, scope);
                    break;
                default:
                    throw new NotSupportedException($"Unknown clause {clause.GetType().Name}");
            }
        }

        return columns;
    }

    // openCypher: RETURN ends a query; a query ends with RETURN, an updating clause or a procedure call.
    private static void CheckClauseOrder(SingleQuery query, bool isSubquery)
    {
        for (var i = 0; i < query.Clauses.Count - 1; i++)
        {
            if (query.Clauses[i] is ReturnClause ret)
            {
                SemanticErrors.Throw(SemanticErrors.InvalidClauseComposition, "RETURN can only be used at the end of the query", ret);
            }
        }

        var last = query.Clauses[^1];
        if (!isSubquery && (last is MatchClause or WithClause or UnwindClause
            || (last is CallSubqueryClause call && Returns(call.Query))
            || (last is CallInTransactionsClause batched && (Returns(batched.Call.Query) || batched.Status is not null))))
        {
            var name = last switch
            {
                MatchClause { Optional: true } => "OPTIONAL MATCH",
                MatchClause => "MATCH",
                WithClause => "WITH",
                CallSubqueryClause or CallInTransactionsClause => "a CALL subquery that returns rows",
                _ => "UNWIND",
            };
            SemanticErrors.Throw(
                SemanticErrors.InvalidClauseComposition,
                $"Query cannot conclude with {name} (must be RETURN, an update clause or a procedure call)",
                last);
        }
    }

    /// <summary>Every part of a UNION returns the same columns, in the same order.</summary>
    private static void CheckUnionColumns(IReadOnlyList<string> columns, IReadOnlyList<string> partColumns, SingleQuery part)
    {
        if (!columns.SequenceEqual(partColumns, StringComparer.Ordinal))
        {
            SemanticErrors.Throw(
                SemanticErrors.DifferentColumnsInUnion,
                $"All parts of a UNION must return the same columns: ({string.Join(", ", columns)}) and ({string.Join(", ", partColumns)})",
                part);
        }
    }

    /// <summary>Match = [OPTIONAL] MATCH Pattern [WHERE]: binds new variables, reuses bound ones.</summary>
    private void AnalyzeMatch(MatchClause match, Scope scope)
    {
        var before = match.Pattern.Parts.Any(HasInlinePredicates) ? scope.Flatten() : scope;
        DeclareAndCheckPattern(match.Pattern, scope, before, allowParameters: false);
        if (match.Where is { } where)
        {
            CheckPredicate(where, scope);
        }
    }

    /// <summary>
    /// Declares a pattern's elements and path variables in <paramref name="scope"/>, then checks its property maps,
    /// its inline predicates (which see <paramref name="before"/> as the outer variables) and its path patterns.
    /// </summary>
    private void DeclareAndCheckPattern(Pattern pattern, Scope scope, Scope before, bool allowParameters)
    {
        var relationshipsHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in pattern.Parts)
        {
            DeclareMatchedElement(part.Element, scope, relationshipsHere, allowNew: true);
            DeclarePathVariable(part, scope);
        }

        foreach (var part in pattern.Parts)
        {
            CheckPatternProperties(part.Element, scope, allowParameters);
            CheckInlinePredicates(part.Element, before, scope);
            CheckPathPattern(part, scope);
        }
    }

    private void AnalyzeUnwind(UnwindClause unwind, Scope scope)
    {
        var type = Check(unwind.Expression, scope, ExpressionContext.Plain);
        if (scope.Lookup(unwind.Alias.Name) is not null)
        {
            SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{unwind.Alias.Name}` already declared", unwind.Alias);
        }

        scope.Declare(unwind.Alias.Name, type.Kind == TypeKind.List ? type.Element ?? StaticType.Any : StaticType.Any);
    }

    private Scope AnalyzeWith(WithClause with, Scope scope)
    {
        var (newScope, _, aggregating) = AnalyzeProjection(with.Projection, scope, isWith: true);
        if (with.Where is { } where)
        {
            // The TCK (WithWhere7) lets WHERE see variables bound before WITH as well, unless the WITH aggregates.
            CheckPredicate(where, aggregating ? newScope : Overlay(scope, newScope));
        }

        return newScope;
    }

    private void AnalyzeRemove(RemoveClause remove, Scope scope)
    {
        foreach (var item in remove.Items)
        {
            CheckEach(scope, item switch
            {
                RemovePropertyItem property => [property.Property],
                RemoveLabelsItem labels => [labels.Target],
                RemoveDynamicLabelsItem labels => [labels.Target, .. labels.Labels],
                RemoveDynamicPropertyItem property => [property.Subject, property.Key],
                _ => [],
            });
        }
    }

    private void AnalyzeSetItem(SetItem item, Scope scope) => CheckEach(scope, item switch
    {
        SetPropertyItem property => [property.Property.Subject, property.Value],
        SetPropertiesItem properties => [properties.Target, properties.Value],
        SetLabelsItem labels => [labels.Target],
        SetDynamicLabelsItem labels => [labels.Target, .. labels.Labels],
        SetDynamicPropertyItem property => [property.Subject, property.Key, property.Value],
        _ => [],
    });

    /// <summary>Checks the operands of a SET or REMOVE item, in order, as plain expressions.</summary>
    private void CheckEach(Scope scope, IReadOnlyList<Expression> operands)
    {
        foreach (var operand in operands)
        {
            Check(operand, scope, ExpressionContext.Plain);
        }
    }

    private void AnalyzeDelete(DeleteClause delete, Scope scope)
    {
        foreach (var expression in delete.Expressions)
        {
            if (expression is LabelPredicate)
            {
                SemanticErrors.Throw(SemanticErrors.InvalidDelete, "DELETE takes nodes, relationships or paths; use REMOVE to remove labels", expression);
            }

            var type = Check(expression, scope, ExpressionContext.Plain);
            if (type.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Node or TypeKind.Relationship or TypeKind.Path or TypeKind.List))
            {
                SemanticErrors.Throw(SemanticErrors.InvalidArgumentType, $"DELETE expects a node, a relationship or a path, not {type.Name}", expression);
            }
        }
    }

    /// <summary>CALL proc(args) YIELD a, b AS c [WHERE]: the yielded names become variables.</summary>
    private void AnalyzeCall(CallClause call, Scope scope)
    {
        foreach (var argument in call.Arguments ?? [])
        {
            Check(argument, scope, ExpressionContext.Plain);
        }

        var yielded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in call.Yield ?? [])
        {
            if (scope.Lookup(item.Alias.Name) is not null || !yielded.Add(item.Alias.Name))
            {
                SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{item.Alias.Name}` already declared", item.Alias);
            }
        }

        foreach (var name in yielded)
        {
            scope.Declare(name, StaticType.Any);
        }

        if (call.Where is { } where)
        {
            CheckPredicate(where, scope);
        }
    }
}
