namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>
/// CALL subqueries, with Neo4j 5's rules: what a part sees is what it imports (a variable scope clause, or else an
/// importing WITH of plain variables at its start), and what it returns must not shadow the enclosing query.
/// </summary>
internal sealed partial class QueryAnalyzer
{
    // How many CALL subqueries enclose the clause being checked.
    private int callDepth;

    /// <summary>Whether the subquery returns columns (otherwise it is a unit subquery, run for its effects).</summary>
    private static bool Returns(Statement query) => query switch
    {
        SingleQuery single => single.Clauses is [.., ReturnClause],
        UnionQuery union => union.Parts.Any(static p => p.Clauses is [.., ReturnClause]),
        _ => false,
    };

    /// <summary>
    /// CALL { ... } IN TRANSACTIONS: a CALL subquery at the top of the query (Neo4j refuses it inside another
    /// subquery, whose transaction it cannot split), with a batch size that needs no variable of the query.
    /// </summary>
    private void AnalyzeCallInTransactions(CallInTransactionsClause batched, Scope scope)
    {
        if (callDepth > 0)
        {
            SemanticErrors.Throw(
                SemanticErrors.InvalidClauseComposition,
                "CALL { ... } IN TRANSACTIONS cannot be nested in another subquery: only the outermost query can commit in batches",
                batched);
        }

        if (batched.BatchSize is { } size)
        {
            Check(size, new Scope(), ExpressionContext.Plain);
        }

        AnalyzeCallSubquery(batched.Call, scope);
        if (batched.Status is { } status)
        {
            if (scope.Lookup(status.Name) is not null)
            {
                SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{status.Name}` already declared", status);
            }

            scope.Declare(status.Name, StaticType.Map);
        }
    }

    private void AnalyzeCallSubquery(CallSubqueryClause call, Scope scope)
    {
        callDepth++;
        try
        {
            AnalyzeCallSubqueryBody(call, scope);
        }
        finally
        {
            callDepth--;
        }
    }

    private void AnalyzeCallSubqueryBody(CallSubqueryClause call, Scope scope)
    {
        var imported = call.ScopeVariables is null ? null : ScopeClauseImports(call, scope);
        var parts = call.Query switch
        {
            SingleQuery single => [single],
            UnionQuery union => union.Parts,
            _ => throw new NotSupportedException($"Unknown statement {call.Query.GetType().Name}"),
        };

        IReadOnlyList<string>? columns = null;
        Scope? returned = null;
        var updatesBefore = updates;
        foreach (var part in parts)
        {
            // Inside CALL a part ends like a query: with RETURN, or with an update for a unit subquery.
            CheckClauseOrder(part, isSubquery: false);
            var partImports = imported ?? ImportingWith(part, scope);
            var partColumns = AnalyzeClauses(part, partImports.Flatten(), partImports, out var partReturned);
            if (columns is null)
            {
                columns = partColumns;
                returned = partReturned;
            }
            else
            {
                CheckUnionColumns(columns, partColumns, part);
            }

            CheckReturnedNames(part, partColumns, scope);
        }

        if (columns is { Count: 0 } && updates == updatesBefore)
        {
            SemanticErrors.Throw(
                SemanticErrors.InvalidClauseComposition,
                "A CALL subquery without RETURN must update the graph; return the rows it finds to use them",
                call);
        }

        foreach (var name in columns ?? [])
        {
            scope.Declare(name, returned?.Lookup(name) ?? StaticType.Any);
        }
    }

    /// <summary>
    /// <c>CALL (a, b)</c>, <c>CALL (*)</c>, <c>CALL ()</c>: the variables the subquery sees. As in Neo4j, they stay
    /// visible through the whole subquery, even past a WITH that does not list them.
    /// </summary>
    private static Scope ScopeClauseImports(CallSubqueryClause call, Scope scope)
    {
        if (call.ScopeAll)
        {
            return scope.Flatten();
        }

        var imported = new Scope();
        foreach (var variable in call.ScopeVariables!)
        {
            var type = LookupVariable(variable, scope);
            if (imported.DeclaresLocally(variable.Name))
            {
                SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{variable.Name}` is imported twice", variable);
            }

            imported.Declare(variable.Name, type);
        }

        return imported;
    }

    /// <summary>
    /// Without a scope clause a part sees nothing from outside, unless it starts with an importing WITH: one that
    /// names outer variables, which must then be plain references with no WHERE, DISTINCT, ORDER BY, SKIP or LIMIT.
    /// </summary>
    private static Scope ImportingWith(SingleQuery part, Scope outer)
    {
        if (part.Clauses is not [WithClause with, ..])
        {
            return new Scope();
        }

        var projection = with.Projection;
        var imports = projection.IncludeAll
            || projection.Items.Any(item => AstWalker.DescendantsAndSelf(item.Expression).OfType<Variable>().Any(v => outer.Lookup(v.Name) is not null));
        if (!imports)
        {
            return new Scope();
        }

        foreach (var item in projection.Items)
        {
            if (item.Expression is not Variable variable || (item.Alias is { } alias && alias.Name != variable.Name))
            {
                SemanticErrors.Throw(
                    SemanticErrors.InvalidClauseComposition,
                    "Importing WITH should consist only of simple references to outside variables. Aliasing or expressions are not supported",
                    item);
            }
        }

        var refused = projection.Distinct ? "DISTINCT"
            : projection.OrderBy.Count > 0 ? "ORDER BY"
            : with.Where is not null ? "WHERE"
            : projection.Skip is not null ? "SKIP"
            : projection.Limit is not null ? "LIMIT"
            : null;
        if (refused is not null)
        {
            SemanticErrors.Throw(
                SemanticErrors.InvalidClauseComposition,
                $"Importing WITH should consist only of simple references to outside variables. {refused} is not allowed",
                with);
        }

        if (projection.IncludeAll)
        {
            return outer.Flatten();
        }

        var imported = new Scope();
        foreach (var item in projection.Items)
        {
            imported.Declare(item.Name, LookupVariable((Variable)item.Expression, outer));
        }

        return imported;
    }

    /// <summary>What a part returns becomes a variable of the enclosing query: it must be named and new there.</summary>
    private static void CheckReturnedNames(SingleQuery part, IReadOnlyList<string> columns, Scope outer)
    {
        if (part.Clauses is not [.., ReturnClause ret])
        {
            return;
        }

        foreach (var item in ret.Projection.Items)
        {
            if (item.Alias is null && item.Expression is not Variable)
            {
                SemanticErrors.Throw(SemanticErrors.NoExpressionAlias, $"Expression in CALL {{ RETURN ... }} must be aliased (use AS): {item.Name}", item);
            }
        }

        foreach (var name in columns)
        {
            if (outer.Lookup(name) is not null)
            {
                // RETURN * brings back everything in the part's scope, imported variables included.
                AstNode at = ret.Projection.Items.FirstOrDefault(i => i.Name == name) is { } item ? item.Alias ?? (AstNode)item : ret;
                SemanticErrors.Throw(SemanticErrors.VariableAlreadyBound, $"Variable `{name}` already declared in outer scope", at);
            }
        }
    }
}
