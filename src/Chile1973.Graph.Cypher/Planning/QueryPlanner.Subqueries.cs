namespace Chile1973.Graph.Cypher.Planning;

/// <summary>CALL subqueries: each part planned from the variables it imports, joined to the outer rows.</summary>
internal sealed partial class QueryPlanner
{
    private CallSubqueryOperator PlanCallSubquery(Operator op, CallSubqueryClause call, ref RowSlots scope, out int[] columnSlots)
    {
        IReadOnlyList<SingleQuery> parts = call.Query switch
        {
            SingleQuery single => [single],
            UnionQuery union => union.Parts,
            _ => throw new NotSupportedException($"Unknown statement {call.Query.GetType().Name}"),
        };

        var outer = scope;
        var planned = parts.Select(part =>
        {
            var imports = Imports(call, part, outer);
            return PlanSingle(part, imports, subquery: true, callImports: imports);
        }).ToList();
        var columns = planned[0].Columns;
        var inner = call.Query is UnionQuery { All: var all }
            ? new UnionOperator([.. planned.Select(static p => p.Root)], distinct: !all)
            : planned[0].Root;
        var slots = columns.Select(_ => NewSlot()).ToArray();
        scope = scope.With(columns.Select((name, i) => new KeyValuePair<string, int>(name, slots[i])));
        columnSlots = slots;
        return new CallSubqueryOperator(op, inner, slots, call.Optional, unit: columns.Count == 0, updating: _updating);
    }

    /// <summary>CALL { ... } IN TRANSACTIONS: the CALL subquery, run over the incoming rows batch by batch.</summary>
    private CallInTransactionsOperator PlanCallInTransactions(Operator op, CallInTransactionsClause batched, ref RowSlots scope)
    {
        var call = PlanCallSubquery(op, batched.Call, ref scope, out var columnSlots);
        var statusSlot = -1;
        if (batched.Status is { } status)
        {
            statusSlot = NewSlot();
            scope = scope.With(status.Name, statusSlot);
        }

        var size = batched.BatchSize is null ? null : Compile(batched.BatchSize, new RowSlots());
        return new CallInTransactionsOperator(op, call, columnSlots, size, batched.OnError, statusSlot);
    }

    // What a part imports from the outer query (analysis has checked the import rules): the scope clause's variables,
    // or those of its importing WITH.
    private static RowSlots Imports(CallSubqueryClause call, SingleQuery part, RowSlots outer)
    {
        if (call.ScopeVariables is { } listed)
        {
            return call.ScopeAll
                ? outer
                : RowSlots.Of(listed.Select(v => new KeyValuePair<string, int>(v.Name, outer.TryGet(v.Name, out var slot)
                    ? slot
                    : CypherErrors.Syntax<int>("UndefinedVariable", $"Variable `{v.Name}` not defined.", v.Span))));
        }

        if (part.Clauses is not [WithClause { Projection: var projection }, ..])
        {
            return new RowSlots();
        }

        if (projection.IncludeAll)
        {
            return outer;
        }

        // A leading WITH that names no outer variable imports nothing; its items are then not plain outer variables.
        return RowSlots.Of(projection.Items
            .Select(static item => item.Expression)
            .OfType<Variable>()
            .Where(v => outer.Contains(v.Name))
            .Select(v => new KeyValuePair<string, int>(v.Name, outer.Slots[v.Name])));
    }
}
