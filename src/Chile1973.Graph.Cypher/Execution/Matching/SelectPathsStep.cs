namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// A path selector over a path pattern the planner could not hand to a shortest-path search: every match of
/// the pattern's own steps that passes the pre-filter (the parenthesized pattern's WHERE), partitioned by its
/// start and end node, then per partition in order of length: <c>SHORTEST k</c> the first k, <c>ALL SHORTEST</c>
/// those of the least length, <c>SHORTEST k GROUPS</c> those of the k least lengths, <c>ANY k</c> any k
/// (find, pre-filter, select; the MATCH's WHERE filters afterwards: <see href="https://neo4j.com/docs/cypher-manual/current/patterns/shortest-paths/"/>).
/// </summary>
internal sealed class SelectPathsStep(
    MatchStep[] steps,
    int startSlot,
    int endSlot,
    int[] relationshipSlots,
    Evaluator? preFilter,
    PathSelectorKind kind,
    Evaluator? count) : MatchStep
{
    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        var k = SelectorCount.Of(context, row, count);
        var partitions = new Dictionary<(int, int), List<(object?[] Row, int Length)>>();
        foreach (var match in Run(context, row, state, 0))
        {
            if (preFilter is not null && preFilter(context, match) is not true)
            {
                continue;
            }

            if (match[startSlot] is not NodeRef start || match[endSlot] is not NodeRef end)
            {
                continue;
            }

            if (!partitions.TryGetValue((start.Id, end.Id), out var list))
            {
                partitions[(start.Id, end.Id)] = list = [];
            }

            list.Add((match, Length(match)));
        }

        foreach (var list in partitions.Values)
        {
            var ordered = list.OrderBy(static m => m.Length).ToList();
            var selected = kind switch
            {
                PathSelectorKind.Any or PathSelectorKind.Shortest => ordered.Take((int)Math.Min(k, int.MaxValue)),
                PathSelectorKind.AllShortest => ordered.TakeWhile(m => m.Length == ordered[0].Length),
                PathSelectorKind.ShortestGroups => ordered.Where(m => ordered.Select(static x => x.Length).Distinct().Take((int)Math.Min(k, int.MaxValue)).Contains(m.Length)),
                _ => ordered,
            };
            foreach (var (match, _) in selected)
            {
                yield return match;
            }
        }
    }

    private IEnumerable<object?[]> Run(QueryContext context, object?[] row, MatchState state, int index)
    {
        if (index == steps.Length)
        {
            // Copied: the state's relationships are given back as soon as the enumeration moves on.
            yield return Rows.Copy(row);
            yield break;
        }

        foreach (var extended in steps[index].Extend(context, row, state))
        {
            foreach (var output in Run(context, extended, state, index + 1))
            {
                yield return output;
            }
        }
    }

    private int Length(object?[] row)
    {
        var length = 0;
        foreach (var slot in relationshipSlots)
        {
            length += row[slot] switch
            {
                IReadOnlyList<object?> list => list.Count,
                null => 0,
                _ => 1,
            };
        }

        return length;
    }
}
