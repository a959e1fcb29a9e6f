using System.Runtime.InteropServices;

namespace Chile1973.Graph.Web.Lenses.Paths;

/// <summary>
/// Path searches over a <see cref="LensGraph"/>, which reads each frontier in one query: the shortest path
/// (breadth-first from both ends), every shortest path, and the k shortest simple paths (Yen's algorithm).
/// Kept here rather than taken from a graph library because the graph is read lazily, a frontier at a time,
/// from whichever engine answers; the libraries want the whole graph in memory first.
/// </summary>
internal static class PathSearch
{
    /// <summary>
    /// One shortest path from <paramref name="from"/> to <paramref name="to"/> of at most <paramref name="maxLength"/>
    /// steps that avoids the banned nodes and relationships, or null. Expands a level at a time the side that is
    /// cheaper to read (fewer relationships of nodes not read yet; then fewer nodes): a hub's side waits while the other
    /// side's reads are smaller or already made, as they are for the searches Yen's algorithm repeats. A level is read in
    /// <see cref="LensGraph.Batches"/>, cheapest first, and the search stops at the first batch that meets the other
    /// side: every node of a level is as far from its end, so any meeting in it is a shortest path.
    /// </summary>
    public static async Task<Walk?> ShortestAsync(
        LensGraph graph, string from, string to, int maxLength,
        IReadOnlySet<string> bannedNodes, IReadOnlySet<string> bannedEdges, CancellationToken cancellationToken)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return new Walk([from], []);
        }

        var forward = new Dictionary<string, (string? Parent, LensStep? Step)>(StringComparer.Ordinal) { [from] = (null, null) };
        var backward = new Dictionary<string, (string? Parent, LensStep? Step)>(StringComparer.Ordinal) { [to] = (null, null) };
        List<string> forwardFrontier = [from];
        List<string> backwardFrontier = [to];
        var depth = 0;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && depth < maxLength)
        {
            var expandForward = graph.Cost(forwardFrontier).CompareTo(graph.Cost(backwardFrontier)) <= 0;
            var (frontier, seen, other) = expandForward ? (forwardFrontier, forward, backward) : (backwardFrontier, backward, forward);
            var next = new List<string>();
            foreach (var batch in graph.Batches(frontier))
            {
                await graph.EnsureAsync(batch, cancellationToken);
                foreach (var node in batch)
                {
                    foreach (var step in graph.Steps(node))
                    {
                        // Yen's algorithm repeats this search over the part of the graph read so far, a step at a
                        // time: the node is looked up once to see whether it is new and to mark it seen.
                        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, step.Other, out var known);
                        if (known)
                        {
                            continue;
                        }

                        if (bannedNodes.Contains(step.Other) || bannedEdges.Contains(step.Edge.Data.Id))
                        {
                            seen.Remove(step.Other);
                            continue;
                        }

                        entry = (node, step);
                        if (other.ContainsKey(step.Other))
                        {
                            return Join(forward, backward, step.Other);
                        }

                        next.Add(step.Other);
                    }
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

    /// <summary>Every shortest path of at most <paramref name="maxLength"/> steps, at most <paramref name="limit"/> of them, in the order of <see cref="Walk.Compare"/>.</summary>
    public static async Task<List<Walk>> AllShortestAsync(
        LensGraph graph, string from, string to, int maxLength, int limit, CancellationToken cancellationToken)
    {
        var first = await ShortestAsync(graph, from, to, maxLength, Empty, Empty, cancellationToken);
        if (first is null || first.Length == 0)
        {
            return first is null ? [] : [first];
        }

        // Distances to the target up to one less than the shortest length; a step is on a shortest path exactly when it brings the distance down by one.
        var length = first.Length;
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [to] = 0 };
        List<string> frontier = [to];
        for (var d = 1; d < length && frontier.Count > 0; d++)
        {
            await graph.EnsureAsync(frontier, cancellationToken);
            var next = new List<string>();
            foreach (var step in frontier.SelectMany(graph.Steps))
            {
                if (distance.TryAdd(step.Other, d))
                {
                    next.Add(step.Other);
                }
            }

            frontier = next;
        }

        var found = new List<Walk>();
        var nodes = new List<string> { from };
        var steps = new List<LensStep>();
        await ExtendAsync(from, length);
        return [.. found.Order(Comparer<Walk>.Create(Walk.Compare))];

        async Task ExtendAsync(string node, int left)
        {
            if (left == 0)
            {
                found.Add(new Walk([.. nodes], [.. steps]));
                return;
            }

            await graph.EnsureAsync([node], cancellationToken);
            foreach (var step in graph.Steps(node))
            {
                if (found.Count >= limit)
                {
                    return;
                }

                if (distance.TryGetValue(step.Other, out var d) && d == left - 1)
                {
                    nodes.Add(step.Other);
                    steps.Add(step);
                    await ExtendAsync(step.Other, left - 1);
                    nodes.RemoveAt(nodes.Count - 1);
                    steps.RemoveAt(steps.Count - 1);
                }
            }
        }
    }

    /// <summary>
    /// The <paramref name="k"/> shortest simple paths of at most <paramref name="maxLength"/> steps, shortest first
    /// (Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971).
    /// </summary>
    public static async Task<List<Walk>> KShortestAsync(
        LensGraph graph, string from, string to, int k, int maxLength, CancellationToken cancellationToken)
    {
        var first = await ShortestAsync(graph, from, to, maxLength, Empty, Empty, cancellationToken);
        if (first is null)
        {
            return [];
        }

        var accepted = new List<Walk> { first };
        var keys = new HashSet<string>(StringComparer.Ordinal) { first.Key };
        var candidates = new SortedSet<Walk>(Comparer<Walk>.Create(Walk.Compare));
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spur = previous.Nodes[i];
                var bannedEdges = accepted
                    .Where(p => p.Length > i && SharesRoot(p, previous, i))
                    .Select(p => p.EdgeId(i))
                    .ToHashSet(StringComparer.Ordinal);
                var bannedNodes = previous.Nodes.Take(i).ToHashSet(StringComparer.Ordinal);
                var spurWalk = await ShortestAsync(graph, spur, to, maxLength - i, bannedNodes, bannedEdges, cancellationToken);
                if (spurWalk is null)
                {
                    continue;
                }

                var candidate = new Walk([.. previous.Nodes.Take(i), .. spurWalk.Nodes], [.. previous.Steps.Take(i), .. spurWalk.Steps]);
                if (keys.Add(candidate.Key))
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = candidates.Min!;
            candidates.Remove(best);
            accepted.Add(best);
        }

        return accepted;
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>(StringComparer.Ordinal);

    private static bool SharesRoot(Walk path, Walk root, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!string.Equals(path.EdgeId(i), root.EdgeId(i), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static Walk Join(
        Dictionary<string, (string? Parent, LensStep? Step)> forward,
        Dictionary<string, (string? Parent, LensStep? Step)> backward,
        string meeting)
    {
        var nodes = new List<string>();
        var steps = new List<LensStep>();
        for (var node = meeting; forward[node].Parent is { } parent; node = parent)
        {
            nodes.Add(parent);
            steps.Add(forward[node].Step!);
        }

        nodes.Reverse();
        steps.Reverse();
        nodes.Add(meeting);
        for (var node = meeting; backward[node].Parent is { } parent; node = parent)
        {
            nodes.Add(parent);
            steps.Add(backward[node].Step!);
        }

        return new Walk(nodes, steps);
    }
}
