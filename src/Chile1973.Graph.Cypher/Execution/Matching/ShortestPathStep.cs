namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// <c>shortestPath</c> / <c>allShortestPaths</c> between two bound nodes: breadth-first search (from both ends
/// for one shortest path), binding the relationship list of each path found. With <paramref name="accept"/>,
/// the WHERE predicates about the path itself, the shortest paths are those that satisfy them, as in Neo4j:
/// candidates are tried in order of length and the first length with an accepted path wins.
/// </summary>
internal sealed partial class ShortestPathStep(
    int fromSlot,
    int toSlot,
    int relSlot,
    Direction direction,
    string[] types,
    long min,
    long max,
    EntityCheck relCheck,
    bool all,
    Evaluator? accept = null,
    int pathSlot = -1,
    PathSelectorKind? selector = null,
    Evaluator? count = null) : MatchStep
{
    public override IEnumerable<object?[]> Extend(QueryContext context, object?[] row, MatchState state)
    {
        if (row[fromSlot] is not NodeRef from || row[toSlot] is not NodeRef to)
        {
            yield break;
        }

        var tokens = EntityCheck.TypeTokens(context.Store, types);
        if (selector is { } kind)
        {
            foreach (var output in Selected(context, row, from.Id, to.Id, tokens, kind, SelectorCount.Of(context, row, count)))
            {
                yield return output;
            }

            yield break;
        }

        if (accept is not null)
        {
            foreach (var output in Accepted(context, row, from.Id, to.Id, tokens))
            {
                yield return output;
            }

            yield break;
        }

        IEnumerable<List<int>> paths;
        if (from.Id == to.Id)
        {
            paths = min == 0 ? [[]] : [];
        }
        else if (min > 1)
        {
            paths = ByDepthFirst(context, row, from.Id, to.Id, tokens);
        }
        else if (all)
        {
            paths = AllShortest(context, row, from.Id, to.Id, tokens);
        }
        else
        {
            paths = OneShortest(context, row, from.Id, to.Id, tokens) is { } path ? [path] : [];
        }

        foreach (var path in paths)
        {
            yield return Bind(context, row, path);
        }
    }

    private object?[] Bind(QueryContext context, object?[] row, List<int> path)
    {
        var output = Rows.Copy(row);
        output[relSlot] = path.Select(static r => (object?)new RelRef(r)).ToList();
        if (pathSlot >= 0)
        {
            output[pathSlot] = PathBuildStep.Build(context, output, fromSlot, [relSlot]);
        }

        return output;
    }

    /// <summary>
    /// The shortest trails that the path predicates accept: the selector's search (lengths upwards from the
    /// distance, each depth-first and pruned by the distance left), stopping at the first length with an
    /// accepted trail, which gives every accepted trail of that length or the first one.
    /// </summary>
    private IEnumerable<object?[]> Accepted(QueryContext context, object?[] row, int from, int to, int[]? tokens)
    {
        return from == to && min > 0
            ? []
            : Selected(context, row, from, to, tokens, all ? PathSelectorKind.AllShortest : PathSelectorKind.Shortest, 1);
    }

    private IEnumerable<(int Rel, int Other)> Neighbours(QueryContext context, object?[] row, int node, Direction dir, int[]? tokens) =>
        Adjacency.Neighbours(context, node, dir, tokens)
            .Where(step => relCheck.IsEmpty || relCheck.MatchesRelationshipProperties(context, row, step.Rel));

    private static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };

    private List<int>? OneShortest(QueryContext context, object?[] row, int from, int to, int[]? tokens)
    {
        var forward = new Dictionary<int, (int Parent, int Rel)> { [from] = (-1, -1) };
        var backward = new Dictionary<int, (int Parent, int Rel)> { [to] = (-1, -1) };
        var forwardFrontier = new List<int> { from };
        var backwardFrontier = new List<int> { to };
        long depth = 0;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && depth < max)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var expandForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, seen, other, dir) = expandForward
                ? (forwardFrontier, forward, backward, direction)
                : (backwardFrontier, backward, forward, Reverse(direction));
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (rel, neighbour) in Neighbours(context, row, node, dir, tokens))
                {
                    if (seen.ContainsKey(neighbour))
                    {
                        continue;
                    }

                    seen[neighbour] = (node, rel);
                    if (other.ContainsKey(neighbour))
                    {
                        return Join(forward, backward, neighbour);
                    }

                    next.Add(neighbour);
                }
            }

            depth++;
            if (expandForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }

        return null;
    }

    private static List<int> Join(Dictionary<int, (int Parent, int Rel)> forward, Dictionary<int, (int Parent, int Rel)> backward, int meeting)
    {
        var path = new List<int>();
        for (var node = meeting; forward[node].Parent >= 0; node = forward[node].Parent)
        {
            path.Add(forward[node].Rel);
        }

        path.Reverse();
        for (var node = meeting; backward[node].Parent >= 0; node = backward[node].Parent)
        {
            path.Add(backward[node].Rel);
        }

        return path;
    }

    private IEnumerable<List<int>> AllShortest(QueryContext context, object?[] row, int from, int to, int[]? tokens)
    {
        var distance = new Dictionary<int, long> { [from] = 0 };
        var parents = new Dictionary<int, List<(int Parent, int Rel)>>();
        var frontier = new List<int> { from };
        long depth = 0;
        var found = false;
        while (frontier.Count > 0 && depth < max && !found)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (rel, neighbour) in Neighbours(context, row, node, direction, tokens))
                {
                    if (distance.TryGetValue(neighbour, out var d))
                    {
                        if (d == depth + 1)
                        {
                            parents[neighbour].Add((node, rel));
                        }

                        continue;
                    }

                    distance[neighbour] = depth + 1;
                    parents[neighbour] = [(node, rel)];
                    next.Add(neighbour);
                    found |= neighbour == to;
                }
            }

            frontier = next;
            depth++;
        }

        if (!found)
        {
            yield break;
        }

        foreach (var path in Unwind(parents, from, to))
        {
            yield return path;
        }
    }

    private static IEnumerable<List<int>> Unwind(Dictionary<int, List<(int Parent, int Rel)>> parents, int from, int node)
    {
        CypherErrors.EnsureStack("A shortest path");
        if (node == from)
        {
            yield return [];
            yield break;
        }

        foreach (var (parent, rel) in parents[node])
        {
            foreach (var prefix in Unwind(parents, from, parent))
            {
                if (prefix.Contains(rel))
                {
                    continue;
                }

                var path = new List<int>(prefix) { rel };
                yield return path;
            }
        }
    }

    // Only when the minimum length exceeds one: enumerate trails up to the maximum and keep the shortest.
    private IEnumerable<List<int>> ByDepthFirst(QueryContext context, object?[] row, int from, int to, int[]? tokens)
    {
        var results = new List<List<int>>();
        var best = long.MaxValue;
        var path = new List<int>();

        void Walk(int node)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            CypherErrors.EnsureStack("A shortest path");
            if (node == to && path.Count >= min)
            {
                if (path.Count < best)
                {
                    best = path.Count;
                    results.Clear();
                }

                if (path.Count == best)
                {
                    results.Add([.. path]);
                }
            }

            if (path.Count >= max || path.Count >= best)
            {
                return;
            }

            foreach (var (rel, other) in Neighbours(context, row, node, direction, tokens).ToList())
            {
                if (path.Contains(rel))
                {
                    continue;
                }

                path.Add(rel);
                Walk(other);
                path.RemoveAt(path.Count - 1);
            }
        }

        Walk(from);
        return all ? results : results.Take(1);
    }
}
