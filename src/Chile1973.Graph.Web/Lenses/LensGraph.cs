namespace Chile1973.Graph.Web.Lenses;

/// <summary>
/// The part of the graph one lens request has seen: the steps of every node it has asked about, read a
/// whole frontier at a time and kept for the rest of the request. Steps are sorted by edge id and then by the
/// other node, so every engine gives the same walk. With <c>linksOnly</c> a frontier is read through
/// <see cref="ExplorerQueries.LensLinks"/> (ends and identity only) and <see cref="CompleteAsync"/> reads the whole relationships
/// of the walks found; otherwise through <see cref="ExplorerQueries.LensSteps"/>, whole from the start.
/// </summary>
internal sealed class LensGraph(GraphQueryRunner runner, StepFilter filter, bool linksOnly = false, int firstBatch = LensGraph.FirstBatch)
{
    private static readonly IReadOnlyList<LensStep> NoSteps = [];
    private readonly Dictionary<string, IReadOnlyList<LensStep>> adjacency = new(StringComparer.Ordinal);

    // How many relationships each node seen at a step's other end has (read with the links): what reading it costs.
    private readonly Dictionary<string, long> degrees = new(StringComparer.Ordinal);

    /// <summary>How many nodes' steps have been read.</summary>
    public int Known => adjacency.Count;

    /// <summary>
    /// What reading the steps of <paramref name="nodes"/> would cost: the relationships of those not read yet (one for
    /// a node never seen at a step's end, as the two ends of a search are at first), then how many nodes there are.
    /// </summary>
    public (long Unread, int Nodes) Cost(IReadOnlyList<string> nodes)
    {
        var unread = 0L;
        foreach (var node in nodes)
        {
            if (!adjacency.ContainsKey(node))
            {
                unread += degrees.GetValueOrDefault(node, 1);
            }
        }

        return (unread, nodes.Count);
    }

    /// <summary>
    /// <paramref name="nodes"/> in the batches a search reads them in, cheapest first: the nodes read before, then
    /// the others by their relationships (then in their order) in batches of about <c>firstBatch</c>
    /// relationships, doubling, a node past the budget alone. A search that meets the other side in an early batch
    /// never reads the hubs of a later one.
    /// </summary>
    public List<List<string>> Batches(IReadOnlyList<string> nodes)
    {
        var ordered = nodes.Select((node, at) => (Node: node, At: at, Cost: adjacency.ContainsKey(node) ? 0 : degrees.GetValueOrDefault(node, 1)))
            .OrderBy(n => n.Cost).ThenBy(n => n.At).ToList();
        var batches = new List<List<string>>();
        var batch = new List<string>();
        var budget = (long)firstBatch;
        var spent = 0L;
        foreach (var (node, _, cost) in ordered)
        {
            if (batch.Count > 0 && cost > 0 && spent + cost > budget)
            {
                batches.Add(batch);
                batch = [];
                spent = 0;
                budget *= 2;
            }

            batch.Add(node);
            spent += cost;
        }

        if (batch.Count > 0)
        {
            batches.Add(batch);
        }

        return batches;
    }

    /// <summary>The relationships the first batch of <see cref="Batches"/> reads, about, unless told otherwise.</summary>
    public const int FirstBatch = 1024;

    /// <summary>The steps of a node read before.</summary>
    public IReadOnlyList<LensStep> Steps(string node) => adjacency.TryGetValue(node, out var steps) ? steps : NoSteps;

    /// <summary>Reads, in one query, the steps of every node of <paramref name="nodes"/> not read yet.</summary>
    public async ValueTask EnsureAsync(IEnumerable<string> nodes, CancellationToken cancellationToken)
    {
        var missing = nodes.Where(n => !adjacency.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var read = await ReadAsync(linksOnly ? ExplorerQueries.LensLinks : ExplorerQueries.LensSteps, missing, null, cancellationToken);
        foreach (var node in missing)
        {
            adjacency[node] = read.TryGetValue(node, out var steps) ? steps : NoSteps;
        }
    }

    /// <summary>
    /// The walks with each step's relationship read whole (quote, dates, category), in one query over the walks'
    /// nodes and the relationships among them; a walk whose relationship is gone since is left out. Each step is read
    /// from whichever of its ends has fewer relationships as far as the search has seen (an end it never read counts
    /// as the larger): a path through a hub would otherwise read every relationship of the hub to find its one step.
    /// </summary>
    public async Task<List<Walk>> CompleteAsync(IReadOnlyList<Walk> walks, CancellationToken cancellationToken)
    {
        if (!linksOnly || walks.Count == 0)
        {
            return [.. walks];
        }

        var nodes = walks.SelectMany(w => w.Nodes).Distinct(StringComparer.Ordinal).ToList();
        var ends = walks.SelectMany(w => Enumerable.Range(0, w.Length).Select(i => SmallerEnd(w.Nodes[i], w.Nodes[i + 1])))
            .Distinct(StringComparer.Ordinal).ToList();
        var whole = await ReadAsync(ExplorerQueries.LensSteps, ends, nodes, cancellationToken);
        var complete = new List<Walk>(walks.Count);
        foreach (var walk in walks)
        {
            var steps = new List<LensStep>(walk.Length);
            for (var i = 0; i < walk.Length; i++)
            {
                var (from, to) = (walk.Nodes[i], walk.Nodes[i + 1]);
                var (via, other) = string.Equals(SmallerEnd(from, to), from, StringComparison.Ordinal) ? (from, to) : (to, from);
                var id = walk.EdgeId(i);
                if (whole.GetValueOrDefault(via)?.FirstOrDefault(s => s.Edge.Data.Id == id && s.Other == other) is not { } read)
                {
                    break;
                }

                steps.Add(walk.Steps[i] with { Edge = read.Edge });
            }

            if (steps.Count == walk.Length)
            {
                complete.Add(walk with { Steps = steps });
            }
        }

        return complete;
    }

    private string SmallerEnd(string from, string to) =>
        Degree(to) < Degree(from) ? to : from;

    private long Degree(string node) =>
        degrees.TryGetValue(node, out var degree) ? degree : adjacency.TryGetValue(node, out var steps) ? steps.Count : long.MaxValue;

    private async Task<Dictionary<string, IReadOnlyList<LensStep>>> ReadAsync(
        string template, List<string> frontier, List<string>? others, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["frontier"] = frontier.Cast<object?>().ToList(),
            ["categories"] = filter.Categories?.Cast<object?>().ToList(),
            ["factsOnly"] = filter.FactsOnly,
        };
        if (template == ExplorerQueries.LensSteps)
        {
            parameters["others"] = others?.Cast<object?>().ToList();
        }

        var read = new Dictionary<string, List<LensStep>>(StringComparer.Ordinal);
        await foreach (var record in runner.StreamAsync(template, parameters, cancellationToken))
        {
            var via = RecordReader.String(record, ExplorerColumns.Via);
            var other = RecordReader.String(record, ExplorerColumns.Other);
            if (string.Equals(via, other, StringComparison.Ordinal))
            {
                continue;
            }

            if (!read.TryGetValue(via, out var list))
            {
                read[via] = list = [];
            }

            if (template == ExplorerQueries.LensSteps)
            {
                list.Add(new LensStep(other, RecordReader.Kind(record[ExplorerColumns.OtherLabels]), RecordReader.OptionalString(record, ExplorerColumns.OtherStart), RecordReader.Edge(record)));
            }
            else
            {
                list.Add(new LensStep(other, "", null, RecordReader.Link(record)));
                degrees[other] = RecordReader.Long(record, ExplorerColumns.OtherDegree);
            }
        }

        return read.ToDictionary(p => p.Key, p => Ordered(p.Value), StringComparer.Ordinal);
    }

    /// <summary>A node's steps by edge id and then by the other node, each relationship once.</summary>
    private static IReadOnlyList<LensStep> Ordered(List<LensStep> steps)
    {
        steps.Sort(static (a, b) => string.CompareOrdinal(a.Edge.Data.Id, b.Edge.Data.Id) is var byId and not 0 ? byId : string.CompareOrdinal(a.Other, b.Other));
        var unique = new List<LensStep>(steps.Count);
        foreach (var step in steps)
        {
            if (unique.Count == 0 || !string.Equals(unique[^1].Edge.Data.Id, step.Edge.Data.Id, StringComparison.Ordinal))
            {
                unique.Add(step);
            }
        }

        return unique;
    }
}
