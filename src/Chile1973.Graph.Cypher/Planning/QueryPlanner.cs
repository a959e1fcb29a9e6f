using Chile1973.Graph.Cypher.Procedures;
using Chile1973.Graph.Cypher.Semantics;

namespace Chile1973.Graph.Cypher.Planning;

/// <summary>
/// Turns an analysed statement into a tree of pull-based operators, once per query text: variables become
/// row slots, expressions become evaluators, patterns become match steps.
/// </summary>
internal sealed partial class QueryPlanner
{
    private readonly string _text;
    private readonly ProcedureRegistry _procedures;
    private readonly Dictionary<string, Core.Querying.SourcePosition> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Execution.Matching.NodeIdSet> _idSets = new(StringComparer.Ordinal);
    private int _slotCount;
    private bool _updating;

    private QueryPlanner(string text, ProcedureRegistry procedures)
    {
        _text = text;
        _procedures = procedures;
    }

    public static CompiledQuery Plan(AnalyzedStatement analyzed, string text, ProcedureRegistry procedures)
    {
        var planner = new QueryPlanner(text, procedures) { _updating = analyzed.IsUpdating };
        var planned = planner.PlanStatement(analyzed.Statement, new RowSlots(), subquery: false);
        // Interned once per plan: a caller reading a column by a name it holds as a literal then finds it by reference.
        string[] columns = [.. planned.Columns.Select(string.Intern)];
        return new CompiledQuery(planned.Root, columns, analyzed.IsUpdating, planner._slotCount, planner._parameters, analyzed.FirstUpdate, analyzed.FirstDelete);
    }

    private int NewSlot() => _slotCount++;

    private string SourceText(AstNode node) =>
        node.Span.End <= _text.Length && node.Span.Start >= 0 && node.Span.End > node.Span.Start ? node.Span.Slice(_text) : string.Empty;

    private PlannedStatement PlanStatement(Statement statement, RowSlots scope, bool subquery)
    {
        if (statement is UnionQuery union)
        {
            var parts = union.Parts.Select(p => PlanSingle(p, scope, subquery, outerVisible: subquery ? scope : null)).ToList();
            var columns = parts[0].Columns;
            foreach (var part in parts.Skip(1))
            {
                if (!part.Columns.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    return CypherErrors.Syntax<PlannedStatement>("DifferentColumnsInUnion", "All sub queries in a UNION must have the same column names.", union.Span);
                }
            }

            return new PlannedStatement(new UnionOperator([.. parts.Select(static p => p.Root)], !union.All), columns);
        }

        return PlanSingle((SingleQuery)statement, scope, subquery, outerVisible: subquery ? scope : null);
    }

    /// <summary>
    /// Plans one query part. <paramref name="callImports"/> is set for the body of a CALL subquery: what it imports stays
    /// visible past WITH, and its writes are eager like the top level's. <paramref name="outerVisible"/> is set for the
    /// query of a COLLECT, COUNT or EXISTS subquery: the enclosing query's variables stay visible past its WITHs, as
    /// <c>COLLECT { WITH 2018 AS year MATCH (person)-[r]->(d) ... }</c> in <see href="https://neo4j.com/docs/cypher-manual/current/subqueries/collect/"/> shows.
    /// </summary>
    private PlannedStatement PlanSingle(SingleQuery query, RowSlots scope, bool subquery, RowSlots? callImports = null, RowSlots? outerVisible = null)
    {
        Operator op = new SeedOperator();
        IReadOnlyList<string>? columns = null;
        int[]? columnSlots = null;
        var clauses = query.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            switch (clause)
            {
                case MatchClause match when !subquery && i == 0 && i + 1 < clauses.Count
                    && LabelSetCountRewrite.Match(match, clauses[i + 1]) is var (variable, labels):
                    // The projection that follows reads label set counts instead of scanning nodes.
                    _labelSetScan = new LabelSetScan(variable, labels, NewSlot());
                    scope = scope.With(variable, NewSlot());
                    break;
                case MatchClause match:
                    op = PlanMatch(op, match, ref scope);
                    break;
                case UnwindClause unwind:
                    {
                        int slot;
                        if (unwind.Expression is FunctionInvocation { LowerCaseName: "range", Distinct: false, Arguments.Count: 2 or 3 } range)
                        {
                            var arguments = range.Arguments.Select(a => Compile(a, scope)).ToArray();
                            slot = NewSlot();
                            op = new UnwindRangeOperator(op, arguments, slot, range.Span);
                        }
                        else
                        {
                            var list = Compile(unwind.Expression, scope);
                            slot = NewSlot();
                            op = new UnwindOperator(op, list, slot);
                        }

                        scope = scope.With(unwind.Alias.Name, slot);
                        break;
                    }

                case WithClause with:
                    {
                        var before = scope;
                        op = PlanProjection(op, with.Projection, ref scope, isReturn: false, out _, out _);
                        if ((callImports ?? outerVisible) is { } kept)
                        {
                            // The imported slots come from the seed row, which every row of the body carries along.
                            scope = kept.With(scope.Slots);
                        }

                        if (with.Where is not null)
                        {
                            // Without DISTINCT or aggregation, WITH ... WHERE also sees the variables from before the WITH.
                            var seesBefore = !with.Projection.Distinct && !with.Projection.Items.Any(i => ExpressionWalk.ContainsAggregate(i.Expression));
                            _substitutes = _projected;
                            try
                            {
                                op = new FilterOperator(op, Compile(with.Where, seesBefore ? before.With(scope.Slots) : scope));
                            }
                            finally
                            {
                                _substitutes = null;
                            }
                        }
                    }

                    break;
                case ReturnClause @return:
                    op = PlanProjection(op, @return.Projection, ref scope, isReturn: true, out var names, out var slots);
                    columns = names;
                    columnSlots = slots;
                    break;
                case CallClause call:
                    op = new LocatedOperator(
                        PlanCall(op, call, ref scope, standalone: clauses.Count == 1 && !subquery, out var callColumns, out var callSlots),
                        call.Span.Position);
                    if (callColumns is { Count: > 0 })
                    {
                        columns = callColumns;
                        columnSlots = callSlots;
                    }

                    break;
                case CallSubqueryClause callSubquery:
                    op = new LocatedOperator(PlanCallSubquery(op, callSubquery, ref scope, out _), callSubquery.Span.Position);
                    break;
                case CallInTransactionsClause batched:
                    op = new LocatedOperator(PlanCallInTransactions(op, batched, ref scope), batched.Span.Position);
                    break;
                default:
                    op = new LocatedOperator(PlanWrite(op, clause, ref scope), clause.Span.Position);
                    break;
            }

            if (_updating && (!subquery || callImports is not null))
            {
                op = new EagerOperator(op);
            }
        }

        if (columns is not null)
        {
            return new PlannedStatement(new ProduceResultsOperator(op, columnSlots!), columns);
        }

        return subquery ? new PlannedStatement(op, []) : new PlannedStatement(new DiscardOperator(op), []);
    }

    private Operator PlanMatch(Operator op, MatchClause match, ref RowSlots scope)
    {
        var matcher = BuildMatcher(match.Pattern.Parts, scope, match.Where, out var inner);
        if (!match.Optional)
        {
            op = new MatchOperator(op, matcher);
            if (match.Where is not null)
            {
                op = new FilterOperator(op, Compile(match.Where, inner));
            }

            scope = inner;
            return op;
        }

        Operator optional = new MatchOperator(new SeedOperator(), matcher);
        if (match.Where is not null)
        {
            optional = new FilterOperator(optional, Compile(match.Where, inner));
        }

        var before = scope;
        var introduced = inner.Slots.Where(e => !before.Contains(e.Key)).Select(static e => e.Value).ToArray();
        scope = inner;
        return new ApplyOperator(op, optional, optional: true, introduced);
    }

    // An optional input of a CALL without arguments reads its parameter if the query was given one.
    private static Evaluator OptionalParameter(string name) =>
        (context, _) => context.Parameters.GetValueOrDefault(name);

    private Operator PlanCall(Operator op, CallClause call, ref RowSlots scope, bool standalone, out List<string>? columns, out int[]? slots)
    {
        columns = null;
        slots = null;
        var procedure = _procedures.Find(call.Procedure.FullName)
            ?? CypherErrors.Procedure<ProcedureDefinition>("ProcedureNotFound", $"There is no procedure called {call.Procedure.FullName}.", call.Span);
        Evaluator[] arguments;
        if (call.Arguments is null)
        {
            arguments = [.. procedure.Inputs.Select(input => input.Optional ? OptionalParameter(input.Name) : CompileParameter(new Parameter(call.Span, input.Name)))];
        }
        else
        {
            var required = procedure.Inputs.Count(static input => !input.Optional);
            if (call.Arguments.Count < required || call.Arguments.Count > procedure.Inputs.Count)
            {
                var expected = required == procedure.Inputs.Count ? $"{required}" : $"{required} to {procedure.Inputs.Count}";
                return CypherErrors.Syntax<Operator>("InvalidNumberOfArguments",
                    $"{procedure.Name} takes {expected} arguments, not {call.Arguments.Count}.", call.Span);
            }

            var current = scope;
            arguments = [.. call.Arguments.Select(a => Compile(a, current)), .. procedure.Inputs.Skip(call.Arguments.Count).Select(static _ => (Evaluator)(static (_, _) => null))];
        }

        var yields = new List<(int Index, string Name)>();
        if (call.Yield is { } items)
        {
            foreach (var item in items)
            {
                var index = procedure.Outputs.ToList().FindIndex(o => o.Name == item.Field);
                if (index < 0)
                {
                    return CypherErrors.Syntax<Operator>("UndefinedVariable", $"{procedure.Name} has no output called {item.Field}.", item.Span);
                }

                if (scope.Contains(item.Alias.Name))
                {
                    return CypherErrors.Syntax<Operator>("VariableAlreadyBound", $"Variable `{item.Alias.Name}` already declared.", item.Span);
                }

                yields.Add((index, item.Alias.Name));
            }
        }
        else if (call.YieldAll || standalone)
        {
            yields.AddRange(procedure.Outputs.Select((o, i) => (i, o.Name)));
        }

        var outputSlots = yields.Select(_ => NewSlot()).ToArray();
        op = new ProcedureCallOperator(op, procedure, arguments, [.. yields.Select(static y => y.Index)], outputSlots);
        scope = scope.With(yields.Select((y, i) => new KeyValuePair<string, int>(y.Name, outputSlots[i])));
        if (call.Where is not null)
        {
            op = new FilterOperator(op, Compile(call.Where, scope));
        }

        if (standalone)
        {
            columns = [.. yields.Select(static y => y.Name)];
            slots = outputSlots;
        }

        return op;
    }
}
