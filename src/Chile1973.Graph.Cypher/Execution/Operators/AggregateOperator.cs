namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>One aggregate of a projection: what to feed it and the slot its result goes to.</summary>
internal sealed record AggregateSpec(AggregateKind Kind, bool Distinct, Evaluator? Argument, Evaluator? Extra, int Slot, Syntax.Ast.SourceSpan Span);

/// <summary>
/// Groups rows by key expressions and computes aggregates per group. Each output row is the group's first
/// input row with the keys and aggregate results written into their slots, so the projection that follows can
/// read both; with no keys and no input rows it still yields one row of empty aggregates.
/// </summary>
internal sealed class AggregateOperator(Operator input, int[] keySlots, Evaluator[] keys, AggregateSpec[] aggregates) : Operator
{
    // Each group's row is a copy made for it.
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var groups = new Dictionary<object?[], (object?[] Row, Aggregator[] Aggregators)>(ValueComparison.EquivalenceComparer.Instance);
        var order = new List<object?[]>();
        foreach (var row in input.Run(context, seed))
        {
            context.Tick();
            var key = new object?[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                key[i] = keys[i](context, row);
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = (Rows.Copy(row), aggregates.Select(a => Aggregator.Create(a.Kind, a.Distinct, context.Limits)).ToArray());
                groups[key] = group;
                order.Add(key);
            }

            for (var i = 0; i < aggregates.Length; i++)
            {
                var spec = aggregates[i];
                var value = spec.Kind == AggregateKind.CountStar ? true : spec.Argument!(context, row);
                var extra = spec.Extra?.Invoke(context, row);
                try
                {
                    group.Aggregators[i].Add(value, extra);
                }
                catch (Core.Querying.CypherException error) when (error.Position is null)
                {
                    throw CypherErrors.At(error, spec.Span.Position);
                }
            }
        }

        if (order.Count == 0 && keys.Length == 0)
        {
            var row = Rows.Copy(seed);
            for (var i = 0; i < aggregates.Length; i++)
            {
                row[aggregates[i].Slot] = Aggregator.Create(aggregates[i].Kind, false).Result();
            }

            yield return row;
            yield break;
        }

        foreach (var key in order)
        {
            var (row, aggregators) = groups[key];
            for (var i = 0; i < keys.Length; i++)
            {
                row[keySlots[i]] = key[i];
            }

            for (var i = 0; i < aggregates.Length; i++)
            {
                try
                {
                    row[aggregates[i].Slot] = aggregators[i].Result();
                }
                catch (Core.Querying.CypherException error) when (error.Position is null)
                {
                    throw CypherErrors.At(error, aggregates[i].Span.Position);
                }
            }

            yield return row;
        }
    }
}
