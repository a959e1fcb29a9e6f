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

    // Below this many relationships reading them all costs less than building the node's neighbour index.
    private const int IndexedFromDegree = 64;

    // A lookup in the neighbour index costs about as much as reading this many relationships.
    private const int LookupCost = 8;

    /// <summary>
    /// The nodes an expansion from <paramref name="node"/> may reach, when they are so few beside the node's degree that
    /// looking each up in its neighbour index beats reading all its relationships (a hub tested against the nodes a
    /// neighbourhood has sent); otherwise null, and the expansion reads the adjacency.
    /// </summary>
    public static HashSet<int>? FewTargets(GraphStore store, int node, (HashSet<int> Nodes, bool Negated)[] sets)
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
        return degree >= IndexedFromDegree && (long)fewest.Count * LookupCost < degree ? fewest : null;
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
