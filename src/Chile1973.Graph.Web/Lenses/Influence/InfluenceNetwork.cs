namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>
/// The influence relationships as arrays: node ids in ordinal order, and each relationship as the positions of
/// its ends, sorted by (source, target, id), so scores computed from it do not depend on the order rows arrived in.
/// </summary>
internal sealed class InfluenceNetwork
{
    public InfluenceNetwork(IEnumerable<InfluenceEdge> edges)
    {
        var all = edges.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in all)
        {
            ids.Add(edge.Source);
            ids.Add(edge.Target);
        }

        Ids = [.. ids];
        Array.Sort(Ids, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(Ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < Ids.Length; i++)
        {
            index[Ids[i]] = i;
        }

        // Positions follow the ids' ordinal order, so sorting by positions sorts by ids, comparing integers rather than strings.
        var sources = all.Select(e => index[e.Source]).ToArray();
        var targets = all.Select(e => index[e.Target]).ToArray();
        var order = Enumerable.Range(0, all.Length).ToArray();
        Array.Sort(order, (a, b) => sources[a] != sources[b] ? sources[a].CompareTo(sources[b])
            : targets[a] != targets[b] ? targets[a].CompareTo(targets[b])
            : string.CompareOrdinal(all[a].Id, all[b].Id) is var byId and not 0 ? byId : a.CompareTo(b));
        Index = index;
        Edges = [.. order.Select(e => all[e])];
        Sources = [.. order.Select(e => sources[e])];
        Targets = [.. order.Select(e => targets[e])];
        (OutStart, OutEdges) = Csr(Ids.Length, Sources);
        (InStart, InEdges) = Csr(Ids.Length, Targets);
        OutTargets = [.. OutEdges.Select(e => Targets[e])];
        InSources = [.. InEdges.Select(e => Sources[e])];
    }

    public string[] Ids { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    public InfluenceEdge[] Edges { get; }

    public int[] Sources { get; }

    public int[] Targets { get; }

    /// <summary>Node i's outgoing relationships are <c>OutEdges[OutStart[i] .. OutStart[i + 1]]</c> (positions in <see cref="Edges"/>).</summary>
    public int[] OutStart { get; }

    public int[] OutEdges { get; }

    public int[] InStart { get; }

    public int[] InEdges { get; }

    /// <summary>The node at the far end of each of <see cref="OutEdges"/>: the scores' loops read neighbours, not relationships.</summary>
    public int[] OutTargets { get; }

    /// <summary>The node at the near end of each of <see cref="InEdges"/>.</summary>
    public int[] InSources { get; }

    private static (int[] Start, int[] Edges) Csr(int nodes, int[] ends)
    {
        var start = new int[nodes + 1];
        foreach (var end in ends)
        {
            start[end + 1]++;
        }

        for (var i = 0; i < nodes; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var edges = new int[ends.Length];
        for (var e = 0; e < ends.Length; e++)
        {
            edges[fill[ends[e]]++] = e;
        }

        return (start, edges);
    }
}

/// <summary>
/// One influence relationship as the scores read it: its ends, its id (for a relationship without one, its ends and
/// type, as the page names it), its type and whether someone is credited with claiming it.
/// </summary>
internal sealed record InfluenceEdge(string Source, string Target, string Id, string Type, bool Claimed);
