namespace Chile1973.Graph.Cypher.Execution.Matching;

/// <summary>
/// The <c>m.id IN $ids</c> and <c>NOT m.id IN $ids</c> conditions on the node an expansion reaches, decided from the
/// node's number alone against the nodes holding those ids (looked up once per run). A candidate it refuses costs no
/// references, no row and no call of the candidate filter, which is most of a hub's relationships when a
/// neighbourhood's ring edges look for the few that reach nodes already sent. It only refuses: a candidate it lets
/// through still meets the whole filter.
/// </summary>
internal sealed class ReachedIdFilter((NodeIdSet Ids, bool Negated)[] conditions)
{
    /// <summary>The sets for this run, or null when none applies (a write, or a parameter that is not a list of strings).</summary>
    public (NodeNumbers Nodes, bool Negated)[]? Resolve(QueryContext context) =>
        context.Write is null ? context.Memo(this, ResolveOnce) : null;

    // Kept for the run: an expansion asks once per row it extends, thousands of times in a ring's subquery.
    private static readonly Func<QueryContext, ReachedIdFilter, (NodeNumbers, bool)[]?> ResolveOnce = static (context, filter) => filter.Build(context);

    private (NodeNumbers Nodes, bool Negated)[]? Build(QueryContext context)
    {
        List<(NodeNumbers, bool)>? resolved = null;
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
    public static NodeNumbers? IndexedTargets(GraphStore store, int node, (NodeNumbers Nodes, bool Negated)[] sets)
    {
        NodeNumbers? fewest = null;
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

        // The degree in the node's summary alone: the adjacency array is one more cache miss, and a self-loop counted
        // once or twice makes no difference to the threshold.
        return store.Degree(node, Direction.Both) >= IndexedFromDegree ? fewest : null;
    }

    /// <summary>
    /// Writes the index positions of the entries reaching <paramref name="targets"/> into <paramref name="positions"/>
    /// (room for as many as the index has entries), in index order, and returns how many: the index's far ends and the
    /// targets are both sorted, so one merge finds them, each side skipping ahead by doubling steps past what the other
    /// cannot match. It reads a few entries per target among a hub's thousands, and few targets beside a node with a
    /// handful of relationships, without a hash lookup per entry. One loop over spans rather than an iterator, so the
    /// merge keeps its place in registers: it was a tenth of a hub's walk.
    /// </summary>
    public static int Positions(NeighbourIndex index, NodeNumbers targets, Span<int> positions)
    {
        var others = index.Others;
        ReadOnlySpan<int> sorted = targets.Sorted;
        var found = 0;
        var position = 0;
        var t = 0;
        while (position < others.Length && t < sorted.Length)
        {
            var other = others[position];
            var target = sorted[t];
            if (other < target)
            {
                position = SortedSearch.LowerBoundFrom(others, target, position);
            }
            else if (target < other)
            {
                t = SortedSearch.LowerBoundFrom(sorted, other, t);
            }
            else
            {
                // Several relationships may reach the same target: the next entry is tested against it again.
                positions[found++] = position++;
            }
        }

        return found;
    }

    /// <summary>Whether the node fails one of the conditions whatever the rest of the row holds.</summary>
    public static bool Refuses((NodeNumbers Nodes, bool Negated)[] sets, int node)
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
    public NodeNumbers? For(QueryContext context) => context.Write is null ? context.Memo(this, BuildOnce) : null;

    private static readonly Func<QueryContext, NodeIdSet, NodeNumbers?> BuildOnce = static (context, set) => set.Build(context);

    private NodeNumbers? Build(QueryContext context)
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

        return new NodeNumbers(set);
    }
}

/// <summary>
/// Node numbers looked up for a run: a set to test one node, and the same numbers in order to merge with a neighbour
/// index's sorted far ends.
/// </summary>
internal sealed class NodeNumbers
{
    private readonly HashSet<int> set;

    public NodeNumbers(HashSet<int> set)
    {
        this.set = set;
        Sorted = [.. set];
        Array.Sort(Sorted);
    }

    public int Count => set.Count;

    /// <summary>The numbers in ascending order.</summary>
    public int[] Sorted { get; }

    public bool Contains(int node) => set.Contains(node);
}
