namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// The <c>m.id IN $ids</c> and <c>NOT m.id IN $ids</c> conditions on the node an expansion reaches, decided from the
/// node's number alone against the nodes holding those ids (looked up once per run). A candidate it refuses costs no
/// references, no row and no call of the candidate filter, which is most of a hub's relationships when a
/// neighbourhood's ring edges look for the few that reach nodes already sent. It only refuses: a candidate it lets
/// through still meets the whole filter.
/// </summary>
internal sealed class ReachedIdFilter(IReadOnlyList<(NodeIdSet Ids, bool Negated)> conditions)
{
    /// <summary>The sets for this run, or null when none applies (a write, or a parameter that is not a list of strings).</summary>
    public (HashSet<int> Nodes, bool Negated)[]? Resolve(QueryContext context)
    {
        List<(HashSet<int>, bool)>? resolved = null;
        foreach (var (ids, negated) in conditions)
        {
            if (ids.For(context) is { } nodes)
            {
                (resolved ??= []).Add((nodes, negated));
            }
        }

        return resolved?.ToArray();
    }

    // Below this many relationships reading them in adjacency order costs less than building the node's neighbour index.
    private const int IndexedFromDegree = 16;

    /// <summary>
    /// The nodes an expansion from <paramref name="node"/> may reach, when it has enough relationships for its neighbour
    /// index to pay (the index is built once and kept): with it the expansion reads the relationships to those nodes
    /// only, by lookup or in one pass over the index's node numbers, instead of the far end of every relationship,
    /// each a cache miss on a large graph. Null otherwise, or when no condition keeps only given nodes.
    /// </summary>
    public static HashSet<int>? IndexedTargets(GraphStore store, int node, (HashSet<int> Nodes, bool Negated)[] sets)
    {
        HashSet<int>? fewest = null;
        foreach (var (nodes, negated) in sets)
        {
            if (!negated && (fewest is null || nodes.Count < fewest.Count))
            {
                fewest = nodes;
            }
        }

        if (fewest is null)
        {
            return null;
        }

        var degree = store.Degree(node, Direction.Outgoing) + store.Degree(node, Direction.Incoming);
        return degree >= IndexedFromDegree ? fewest : null;
    }

    /// <summary>
    /// The index positions of the entries reaching <paramref name="targets"/>: a binary search per target when they are
    /// few beside the node's entries, else one pass over the entries' far ends, which lie side by side in memory.
    /// </summary>
    public static IEnumerable<int> Positions(NeighbourIndex index, HashSet<int> targets)
    {
        if ((long)targets.Count * (1 + int.Log2(Math.Max(1, index.Count))) < index.Count)
        {
            foreach (var target in targets)
            {
                var (start, end) = index.To(target);
                for (var position = start; position < end; position++)
                {
                    yield return position;
                }
            }

            yield break;
        }

        for (var position = 0; position < index.Count; position++)
        {
            if (targets.Contains(index.Other(position)))
            {
                yield return position;
            }
        }
    }

    /// <summary>Whether the node fails one of the conditions whatever the rest of the row holds.</summary>
    public static bool Refuses((HashSet<int> Nodes, bool Negated)[] sets, int node)
    {
        foreach (var (nodes, negated) in sets)
        {
            if (nodes.Contains(node) == negated)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The nodes whose <c>id</c> is one of the strings of a list parameter, looked up in the id index once per run of
/// a read query. Null for a write (its own changes are not in the index yet) or when the parameter is not a list
/// of strings (then the condition is evaluated as written).
/// </summary>
internal sealed class NodeIdSet(string parameter)
{
    public HashSet<int>? For(QueryContext context) => context.Write is null ? context.Memo(this, Build) : null;

    private HashSet<int>? Build(QueryContext context)
    {
        if (!context.Parameters.TryGetValue(parameter, out var value) || value is not IReadOnlyList<object?> list)
        {
            return null;
        }

        var set = new HashSet<int>();
        foreach (var item in list)
        {
            if (item is not string id)
            {
                return null;
            }

            foreach (var found in context.Store.NodesById(id))
            {
                set.Add(found);
            }
        }

        return set;
    }
}
