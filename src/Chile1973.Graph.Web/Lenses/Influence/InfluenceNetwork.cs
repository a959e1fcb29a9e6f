namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>
/// The influence relationships as arrays: node ids in ordinal order, and each relationship as the positions of
/// its ends, sorted by (source, target, id), so scores computed from it do not depend on the order rows arrived in.
/// </summary>
internal sealed class InfluenceNetwork
{
    public InfluenceNetwork(IReadOnlyList<InfluenceEdge> edges)
    {
        // Each id numbered as first met, then the numbers mapped to positions in the ids' ordinal order.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        int Number(string id)
        {
            if (!first.TryGetValue(id, out var number))
            {
                number = names.Count;
                first[id] = number;
                names.Add(id);
            }

            return number;
        }

        var count = edges.Count;
        var sources = new int[count];
        var targets = new int[count];
        for (var e = 0; e < count; e++)
        {
            sources[e] = Number(edges[e].Source);
            targets[e] = Number(edges[e].Target);
        }

        Ids = [.. names];
        var byName = Enumerable.Range(0, Ids.Length).ToArray();
        Array.Sort(Ids, byName, StringComparer.Ordinal);
        var position = new int[Ids.Length];
        for (var p = 0; p < byName.Length; p++)
        {
            position[byName[p]] = p;
        }

        // Positions follow the ids' ordinal order, so sorting by (source, target) positions sorts by ids, comparing
        // integers rather than strings; only parallel relationships are then ordered by their own ids.
        var keys = new long[count];
        var order = new int[count];
        for (var e = 0; e < count; e++)
        {
            sources[e] = position[sources[e]];
            targets[e] = position[targets[e]];
            keys[e] = ((long)sources[e] << 32) | (uint)targets[e];
            order[e] = e;
        }

        Array.Sort(keys, order);
        for (var run = 0; run < count;)
        {
            var end = run + 1;
            while (end < count && keys[end] == keys[run])
            {
                end++;
            }

            if (end - run > 1)
            {
                Array.Sort(order, run, end - run, Comparer<int>.Create((a, b) =>
                    string.CompareOrdinal(edges[a].Id, edges[b].Id) is var byId and not 0 ? byId : a.CompareTo(b)));
            }

            run = end;
        }

        Edges = [.. order.Select(e => edges[e])];
        Sources = [.. order.Select(e => sources[e])];
        Targets = [.. order.Select(e => targets[e])];
        (OutStart, OutEdges) = Csr(Ids.Length, Sources);
        (InStart, InEdges) = Csr(Ids.Length, Targets);
        OutTargets = [.. OutEdges.Select(e => Targets[e])];
        InSources = [.. InEdges.Select(e => Sources[e])];
    }

    public string[] Ids { get; }

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
