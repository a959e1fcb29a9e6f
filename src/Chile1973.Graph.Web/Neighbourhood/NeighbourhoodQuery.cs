using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// The neighbourhood walk: each ring ranks the previous ring's frontier's neighbours in one query, reads the
/// nodes it chose in full, then reads the edges the new nodes bring (and, for nodes those miss, the edge that
/// ties each to the graph already sent). The element budget is shared by nodes and edges; every node sent keeps
/// room for the edge that ties it to the graph already sent.
/// </summary>
public sealed class NeighbourhoodQuery(GraphQueryRunner runner, IOptions<GraphOptions> options, ILogger<NeighbourhoodQuery> logger)
    : INeighbourhoodQuery
{
    /// <inheritdoc />
    public IAsyncEnumerable<NeighbourhoodBatch> StreamAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken) =>
        ContinueAsync(nodeId, depth, limit, [], cancellationToken);

    /// <summary>
    /// The rings after <paramref name="sent"/> up to <paramref name="depth"/>: <paramref name="sent"/> are the first rings
    /// of this walk (as <see cref="StreamAsync"/> gave them), so a deeper expansion goes on from a shallower one
    /// instead of reading its rings again. A ring never depends on the depth asked, only on the rings before it.
    /// </summary>
    public async IAsyncEnumerable<NeighbourhoodBatch> ContinueAsync(
        string nodeId, int depth, int limit, IReadOnlyList<NeighbourhoodBatch> sent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Validate(nodeId, depth, limit);
        var started = Stopwatch.GetTimestamp();
        NodeElement? centre = null;
        string centreId;
        if (sent.Count == 0)
        {
            var centreRecords = await runner.ReadAllAsync(ExplorerQueries.NodeElement, new Dictionary<string, object?> { ["id"] = nodeId }, cancellationToken);
            if (centreRecords.Count == 0)
            {
                throw new GraphRequestException($"There is no node '{nodeId}'.");
            }

            centre = RecordReader.Node(centreRecords[0]);
            centreId = centre.Data.Id;
        }
        else
        {
            centreId = sent[0].NodeIds[0];
        }

        // A walk sends at most `limit` elements: sized for them, the sets never grow. Rings sent before are read by
        // their ids alone, as a kept ring holds no elements.
        var delivered = new HashSet<string>(limit, StringComparer.Ordinal) { centreId };
        var deliveredEdges = new HashSet<string>(limit, StringComparer.Ordinal);
        var budget = limit - 1;
        List<string> frontier = [centreId];
        foreach (var before in sent)
        {
            var ids = before.NodeIds;
            List<string> fresh = before.Ring == 1 ? [.. ids.Skip(1)] : [.. ids];
            var edgeIds = before.EdgeIds;
            delivered.UnionWith(fresh);
            deliveredEdges.UnionWith(edgeIds);
            budget -= fresh.Count + edgeIds.Count;
            if (fresh.Count == 0)
            {
                yield break;
            }

            frontier = fresh;
        }

        for (var ring = sent.Count + 1; ring <= depth; ring++)
        {
            // Every node sent keeps room for the edge that ties it: with room for none the walk ends here, before
            // it reads the next ring at all (from a hub's ring that would be reading thousands for nothing). The
            // first ring is always read, as it carries the centre and says how many neighbours it holds back.
            var maxNodes = budget / 2;
            if (maxNodes <= 0 && ring > 1)
            {
                yield break;
            }

            var (candidates, unseen) = await ReadCandidatesAsync(ring, frontier, delivered, maxNodes, cancellationToken);
            var fresh = await ReadNodesAsync(FairRingSelector.Select(frontier, candidates, maxNodes), cancellationToken);
            var remaining = (int)Math.Min(int.MaxValue, unseen - fresh.Count);
            delivered.UnionWith(fresh.Select(n => n.Data.Id));
            var edges = fresh.Count == 0 ? [] : await ReadEdgesAsync(fresh, delivered, deliveredEdges, budget - fresh.Count, cancellationToken);
            budget -= fresh.Count + edges.Count;

            var nodes = ring == 1 ? [centre!, .. fresh] : fresh;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.RingSent(logger, nodeId, ring, nodes.Count, edges.Count, elapsed, remaining);
            yield return new NeighbourhoodBatch(ring, nodes, edges, remaining, Math.Round(elapsed, 2));

            if (fresh.Count == 0)
            {
                yield break;
            }

            frontier = [.. fresh.Select(static n => n.Data.Id)];
            started = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Refuses what no walk answers: no node id, a depth or a limit outside the server's bounds.</summary>
    public void Validate(string nodeId, int depth, int limit)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(nodeId))
        {
            throw new GraphRequestException("A node id is needed.");
        }

        if (depth < 1 || depth > settings.MaxDepth)
        {
            throw new GraphRequestException($"depth must be between 1 and {settings.MaxDepth}; it was {depth}.");
        }

        if (limit < 1 || limit > settings.MaxNeighbourhoodElements)
        {
            throw new GraphRequestException($"limit must be between 1 and {settings.MaxNeighbourhoodElements}; it was {limit}.");
        }
    }

    /// <summary>
    /// The ring's candidates and how many undelivered neighbours the frontier read for them, each counted once. One
    /// frontier node's neighbours are ranked by the engine, which keeps its best <c>maxNodes</c> (the fair selection
    /// never takes more from one) and counts what it read; a wider frontier's come unranked, each frontier node's
    /// reads in full, as the selection ranks them anyway and the distinct ids are then the count.
    /// </summary>
    private async Task<(List<RingCandidate> Candidates, long Unseen)> ReadCandidatesAsync(
        int ring, List<string> frontier, HashSet<string> delivered, int maxNodes, CancellationToken cancellationToken)
    {
        var parameters = RingReads(ring, frontier, delivered, maxNodes);
        if (frontier.Count == 1)
        {
            parameters["take"] = (long)Math.Max(1, maxNodes);
            var ranked = await runner.ReadAllAsync(ExplorerQueries.RingCandidates, parameters, cancellationToken);
            return ([.. ranked.Select(Candidate)], ranked.Count == 0 ? 0 : RecordReader.Long(ranked[0], ExplorerColumns.Unseen));
        }

        var read = (await runner.ReadAllAsync(ExplorerQueries.RingNeighbours, parameters, cancellationToken)).Select(Candidate).ToList();
        var distinct = new HashSet<string>(read.Count, StringComparer.Ordinal);
        foreach (var candidate in read)
        {
            distinct.Add(candidate.Id);
        }

        return (read, distinct.Count);

        static RingCandidate Candidate(CypherRecord r)
        {
            var id = RecordReader.String(r, ExplorerColumns.Id);
            return new RingCandidate(
                RecordReader.String(r, ExplorerColumns.Via), id, RecordReader.OptionalString(r, ExplorerColumns.Name) ?? id,
                RecordReader.Long(r, ExplorerColumns.Degree));
        }
    }

    // The chosen nodes in full, in the order they were chosen.
    private async Task<List<NodeElement>> ReadNodesAsync(List<RingCandidate> chosen, CancellationToken cancellationToken)
    {
        if (chosen.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = chosen.Select(c => (object?)c.Id).ToList() };
        var read = (await runner.ReadAllAsync(ExplorerQueries.NodeElements, parameters, cancellationToken))
            .Select(RecordReader.Node)
            .ToDictionary(n => n.Data.Id, StringComparer.Ordinal);
        return [.. chosen.Where(c => read.ContainsKey(c.Id)).Select(c => read[c.Id])];
    }

    // What a ring reads to rank: each frontier node its share of the ring's read budget, and at least what the ring may send.
    private Dictionary<string, object?> RingReads(int ring, List<string> frontier, HashSet<string> delivered, int maxNodes)
    {
        var reads = ring == 1 ? options.Value.MaxRingReads : options.Value.MaxOuterRingReads;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["frontier"] = frontier.Select(id => (object?)id).ToList(),
            ["seen"] = delivered.Select(id => (object?)id).ToList(),
            ["scan"] = (long)Math.Max(maxNodes, reads / Math.Max(1, frontier.Count)),
        };
    }

    // First one edge per fresh node to something sent before, so no node arrives unattached; then the rest by id, up
    // to the budget. Only as many edges are read as the budget takes: the lowest ids usually hold every fresh node's
    // attaching edge (its lowest-id one), and only the nodes they miss are looked up on their own.
    private async Task<List<EdgeElement>> ReadEdgesAsync(
        List<NodeElement> fresh, HashSet<string> delivered, HashSet<string> deliveredEdges, int edgeBudget, CancellationToken cancellationToken)
    {
        var freshIds = fresh.Select(n => n.Data.Id).ToHashSet(StringComparer.Ordinal);
        var before = delivered.Where(id => !freshIds.Contains(id)).Select(id => (object?)id).ToList();
        var lowest = edgeBudget <= 0 ? [] : await ReadAllEdgesAsync(ExplorerQueries.RingEdges, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fresh"] = fresh.Select(n => (object?)n.Data.Id).ToList(),
            ["delivered"] = delivered.Select(id => (object?)id).ToList(),
            ["before"] = before,
            ["take"] = (long)edgeBudget,
        }, cancellationToken);

        var attaching = new Dictionary<string, EdgeElement>(StringComparer.Ordinal);
        foreach (var edge in lowest)
        {
            if (FreshEnd(edge, freshIds) is { } end)
            {
                attaching.TryAdd(end, edge);
            }
        }

        var unattached = fresh.Where(n => !attaching.ContainsKey(n.Data.Id)).Select(n => (object?)n.Data.Id).ToList();
        if (unattached.Count > 0)
        {
            var more = await ReadAllEdgesAsync(ExplorerQueries.RingAttachments, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["fresh"] = unattached,
                ["before"] = before,
            }, cancellationToken);
            foreach (var edge in more)
            {
                if (FreshEnd(edge, freshIds) is { } end)
                {
                    attaching.TryAdd(end, edge);
                }
            }
        }

        var chosen = attaching.Values.OrderBy(e => e, EdgeOrder.Instance).ToList();
        var taken = chosen.Select(e => e.Data.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var edge in lowest)
        {
            if (chosen.Count >= edgeBudget)
            {
                break;
            }

            if (!deliveredEdges.Contains(edge.Data.Id) && taken.Add(edge.Data.Id))
            {
                chosen.Add(edge);
            }
        }

        deliveredEdges.UnionWith(taken);
        return chosen;
    }

    private async Task<List<EdgeElement>> ReadAllEdgesAsync(string template, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        [.. (await runner.ReadAllAsync(template, parameters, cancellationToken)).Select(RecordReader.Edge)];

    // The fresh end of an edge joining a fresh node to one sent before; null for an edge between two fresh nodes.
    private static string? FreshEnd(EdgeElement edge, HashSet<string> freshIds)
    {
        var (source, target) = (edge.Data.Source, edge.Data.Target);
        return freshIds.Contains(source) && !freshIds.Contains(target) ? source
            : freshIds.Contains(target) && !freshIds.Contains(source) ? target
            : null;
    }

    // Attaching edges go first in the order the templates give edges: by relationship id (EdgeData.Id is the
    // relationship's id where it has one).
    private sealed class EdgeOrder : IComparer<EdgeElement>
    {
        public static readonly EdgeOrder Instance = new();

        public int Compare(EdgeElement? x, EdgeElement? y) => string.CompareOrdinal(x?.Data.Id, y?.Data.Id);
    }
}
