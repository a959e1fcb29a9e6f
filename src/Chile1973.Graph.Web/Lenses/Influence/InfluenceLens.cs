using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>Who influenced whom: the ranked scores, and the tree of who shaped a node or whom it shaped.</summary>
public sealed class InfluenceLens(InfluenceIndex index, GraphQueryRunner runner, LensElements elements, IOptions<GraphOptions> options)
{
    /// <summary>The most nodes one ranking may list.</summary>
    public const int MaxTop = 500;

    /// <summary>Who shaped the chosen node: against the influence relationships.</summary>
    public const string ShapedBy = "shapedBy";

    /// <summary>Whom the chosen node shaped: along the influence relationships.</summary>
    public const string Shaped = "shaped";

    /// <summary>The <c>top</c> nodes by score, highest first.</summary>
    public async Task<InfluenceRanking> RankAsync(InfluenceRequest? request, CancellationToken cancellationToken)
    {
        request ??= new InfluenceRequest();
        if (request.Top is < 1 or > MaxTop)
        {
            throw new GraphRequestException($"top must be between 1 and {MaxTop}; it was {request.Top}.");
        }

        if (request.Categories is { Count: 0 })
        {
            throw new GraphRequestException("categories must name at least one category, or be null for influence.");
        }

        var snapshot = await index.GetAsync(request.Categories ?? LensCategories.Influence, cancellationToken);
        var top = snapshot.Ranked.Take(request.Top).ToList();
        var network = snapshot.Network;
        var nodes = await elements.NodesAsync(top.Select(v => network.Ids[v]), cancellationToken);
        var evidence = await EvidenceAsync(snapshot, [.. top.Select(snapshot.StrongestEvidence).Where(e => e >= 0)], cancellationToken);
        var items = top.Select(v =>
        {
            var id = network.Ids[v];
            var node = nodes.GetValueOrDefault(id);
            var strongest = snapshot.StrongestEvidence(v);
            return new InfluenceItem(
                id,
                node?.Data.Label ?? id,
                node?.Data.Kind ?? "Unknown",
                InfluenceSnapshot.Round(snapshot.Score[v]),
                InfluenceSnapshot.Round(snapshot.PageRank[v]),
                InfluenceSnapshot.Round(snapshot.Betweenness[v]),
                strongest >= 0 ? evidence.GetValueOrDefault(Key(network.Edges[strongest])) : null);
        }).ToList();
        return new InfluenceRanking(items, network.Ids.Length, network.Edges.Length);
    }

    // The scores read only the relationships' ends and identity; the quote and dates shown come from the few chosen.
    private async Task<Dictionary<(string, string, string), EdgeElement>> EvidenceAsync(
        InfluenceSnapshot snapshot, IReadOnlyList<int> chosen, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string, string), EdgeElement>();
        if (chosen.Count == 0)
        {
            return found;
        }

        var links = chosen.Distinct().Select(e => snapshot.Network.Edges[e]).Select(e => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [ExplorerColumns.Source] = e.Source,
            [ExplorerColumns.Target] = e.Target,
            [ExplorerColumns.Type] = e.Type,
            [ExplorerColumns.Claimed] = e.Claimed,
        }).ToList();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["links"] = links,
            ["categories"] = snapshot.Categories.Cast<object?>().ToList(),
        };
        foreach (var record in await runner.ReadAllAsync(ExplorerQueries.InfluenceEvidence, parameters, cancellationToken))
        {
            var edge = RecordReader.Edge(record);
            found.TryAdd((edge.Data.Source, edge.Data.Target, edge.Data.Id), edge);
        }

        return found;
    }

    private static (string, string, string) Key(InfluenceEdge edge) => (edge.Source, edge.Target, edge.Id);

    /// <summary>
    /// Streams the influence tree of <paramref name="nodeId"/> level by level to <paramref name="depth"/>: each node
    /// reached once, by the first relationship in id order from the level before.
    /// </summary>
    public async IAsyncEnumerable<InfluenceTreeStep> StreamTreeAsync(
        string nodeId, string direction, int depth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (direction is not (ShapedBy or Shaped))
        {
            throw new GraphRequestException($"direction must be '{ShapedBy}' or '{Shaped}'; it was '{direction}'.");
        }

        var maxDepth = options.Value.MaxDepth;
        if (depth < 1 || depth > maxDepth)
        {
            throw new GraphRequestException($"depth must be between 1 and {maxDepth}; it was {depth}.");
        }

        await elements.RequireAsync([nodeId], cancellationToken);
        var outgoing = direction == Shaped;
        var graph = new LensGraph(runner, new StepFilter(LensCategories.Influence, FactsOnly: false));
        var reached = new HashSet<string>(StringComparer.Ordinal) { nodeId };
        List<string> frontier = [nodeId];
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            await graph.EnsureAsync(frontier, cancellationToken);
            var steps = new List<(string From, LensStep Step)>();
            foreach (var node in frontier)
            {
                foreach (var step in graph.Steps(node))
                {
                    if (step.Outgoing(node) == outgoing && reached.Add(step.Other))
                    {
                        steps.Add((node, step));
                    }
                }
            }

            if (steps.Count == 0)
            {
                yield break;
            }

            var nodes = await elements.NodesAsync(steps.SelectMany(s => new[] { s.From, s.Step.Other }), cancellationToken);
            foreach (var (from, step) in steps)
            {
                yield return new InfluenceTreeStep(level, nodes[from], nodes[step.Other], step.Edge);
            }

            frontier = [.. steps.Select(s => s.Step.Other)];
        }
    }
}
