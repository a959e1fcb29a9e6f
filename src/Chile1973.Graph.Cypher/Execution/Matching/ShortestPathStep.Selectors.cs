namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>Neo4j 5 path selectors between two bound nodes, for a pattern of one quantified relationship.</summary>
internal sealed partial class ShortestPathStep
{
    /// <summary>
    /// The trails the selector keeps, shortest first. One shortest trail or every shortest trail without a
    /// pre-filter comes from breadth-first search; otherwise lengths are tried upwards from the distance,
    /// each enumerated depth-first and pruned by the distance left to the target. A breadth-first search
    /// backwards from the target gives those distances one layer at a time, but only half as deep as the
    /// length being tried (beyond its last layer a node is at least one layer further): the two halves of
    /// a trail are then each searched from their own end, so the work grows with the degree to the power
    /// of half the length rather than with the part of the graph within the whole length of the target.
    /// </summary>
    private IEnumerable<object?[]> Selected(QueryContext context, object?[] row, int from, int to, int[]? tokens, PathSelectorKind kind, long k)
    {
        if (k == 0)
        {
            yield break;
        }

        if (accept is null && min <= 1 && from != to && (kind == PathSelectorKind.AllShortest || k == 1 && kind is PathSelectorKind.Shortest or PathSelectorKind.Any))
        {
            var found = kind == PathSelectorKind.AllShortest
                ? AllShortest(context, row, from, to, tokens)
                : OneShortest(context, row, from, to, tokens) is { } one ? [one] : [];
            foreach (var shortest in found)
            {
                yield return Bind(context, row, shortest);
            }

            yield break;
        }

        var distances = new BackwardLayers(to, node => Neighbours(context, row, node, Reverse(direction), tokens), context.CancellationToken);
        var path = new List<int>();
        var taken = 0L;
        var groups = 0L;
        for (var length = min; length <= max; length++)
        {
            distances.ReachAtLeast((length + 1) / 2);
            if (distances.Exhausted && (!distances.TryGet(from, out _) || length > distances.Relationships))
            {
                yield break;
            }

            if (distances.LeastDistance(from) > length)
            {
                continue;
            }

            var found = new List<object?[]>();
            var quota = kind is PathSelectorKind.Shortest or PathSelectorKind.Any ? k - taken : long.MaxValue;
            Walk(from, length, found, quota);
            if (found.Count == 0)
            {
                continue;
            }

            foreach (var output in found)
            {
                yield return output;
            }

            taken += found.Count;
            groups++;
            var done = kind switch
            {
                PathSelectorKind.AllShortest => true,
                PathSelectorKind.ShortestGroups => groups >= k,
                _ => taken >= k,
            };
            if (done)
            {
                yield break;
            }
        }

        // Depth first over trails of exactly `length`, never further from the target than the steps left.
        void Walk(int node, long length, List<object?[]> found, long quota)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            CypherErrors.EnsureStack("A shortest path");
            if (path.Count == length)
            {
                if (node == to)
                {
                    var output = Bind(context, row, path);
                    if (accept is null || accept(context, output) is true)
                    {
                        found.Add(output);
                    }
                }

                return;
            }

            foreach (var (rel, other) in Neighbours(context, row, node, direction, tokens).ToList())
            {
                if (found.Count >= quota)
                {
                    return;
                }

                if (path.Contains(rel) || distances.LeastDistance(other) > length - path.Count - 1)
                {
                    continue;
                }

                path.Add(rel);
                Walk(other, length, found, quota);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>Distances to the target, found breadth-first against the direction, one layer at a time on demand.</summary>
    private sealed class BackwardLayers(int to, Func<int, IEnumerable<(int Rel, int Other)>> backward, CancellationToken cancellationToken)
    {
        private readonly Dictionary<int, long> _distance = new() { [to] = 0 };
        private readonly HashSet<int> _relationships = [];
        private List<int> _frontier = [to];
        private long _depth;

        public bool Exhausted => _frontier.Count == 0;

        /// <summary>Relationships seen so far: once exhausted, an upper bound on a trail's length.</summary>
        public long Relationships => _relationships.Count;

        public bool TryGet(int node, out long distance) => _distance.TryGetValue(node, out distance);

        /// <summary>
        /// The node's distance to the target where the layers found so far reach it; otherwise a lower bound: one
        /// more than the deepest layer, or unreachable once every layer is found.
        /// </summary>
        public long LeastDistance(int node) =>
            _distance.TryGetValue(node, out var distance) ? distance : Exhausted ? long.MaxValue : _depth + 1;

        public void ReachAtLeast(long depth)
        {
            while (_depth < depth && _frontier.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _depth++;
                var next = new List<int>();
                foreach (var node in _frontier)
                {
                    foreach (var (rel, other) in backward(node))
                    {
                        _relationships.Add(rel);
                        if (_distance.TryAdd(other, _depth))
                        {
                            next.Add(other);
                        }
                    }
                }

                _frontier = next;
            }
        }
    }
}
