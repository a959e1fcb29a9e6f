using System.Runtime.CompilerServices;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Web.Lenses.Chain;

/// <summary>
/// The plot chain: from a node along the causal and sequence relationships (forward) or against them (backward),
/// taking next always the reachable step nearest in time, so the steps come in date order and each starts from a
/// node already on the chain. A step that would go back in time (forward) or forward (backward) is not taken.
/// </summary>
public sealed class ChainLens(GraphQueryRunner runner, LensElements elements)
{
    /// <summary>The most steps one request may ask for.</summary>
    public const int MaxSteps = 200;

    /// <summary>Streams the chain's steps in time order; nothing when the node has no such relationship.</summary>
    public async IAsyncEnumerable<ChainStep> StreamAsync(string nodeId, ChainRequest? request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        request = Validate(request);
        var start = (await elements.RequireAsync([nodeId], cancellationToken))[nodeId];
        var forward = request.Direction == ChainRequest.Forward;
        var graph = new LensGraph(runner, new StepFilter(LensCategories.Chain, request.FactsOnly));
        var reached = new Dictionary<string, (PartialDate? Date, long Key)>(StringComparer.Ordinal)
        {
            [nodeId] = StartOf(start, forward),
        };
        var queue = new PriorityQueue<ChainCandidate, ChainCandidate>(Comparer<ChainCandidate>.Create((a, b) =>
        {
            var byKey = forward ? a.Key.CompareTo(b.Key) : b.Key.CompareTo(a.Key);
            return byKey != 0 ? byKey
                : string.CompareOrdinal(a.Step.Other, b.Step.Other) is var byTo && byTo != 0 ? byTo
                : string.CompareOrdinal(a.Step.Edge.Data.Id, b.Step.Edge.Data.Id);
        }));
        var chosen = new List<ChainCandidate>();
        await OfferAsync(nodeId);
        while (chosen.Count < request.MaxSteps && queue.TryDequeue(out var next, out _))
        {
            if (reached.ContainsKey(next.Step.Other))
            {
                continue;
            }

            reached[next.Step.Other] = (next.Date, next.Key);
            chosen.Add(next);
            await OfferAsync(next.Step.Other);
        }

        if (chosen.Count == 0)
        {
            yield break;
        }

        var nodes = await elements.NodesAsync(chosen.SelectMany(c => new[] { c.From, c.Step.Other }), cancellationToken);
        var order = 0;
        foreach (var (from, step, date, own, _) in chosen)
        {
            yield return new ChainStep(++order, nodes[from], nodes[step.Other], step.Edge, date?.ToString(), !own || date is { Precision: not DatePrecision.Day });
        }

        async Task OfferAsync(string node)
        {
            await graph.EnsureAsync([node], cancellationToken);
            var (fromDate, fromKey) = reached[node];
            foreach (var step in graph.Steps(node))
            {
                if (step.Outgoing(node) != forward || reached.ContainsKey(step.Other))
                {
                    continue;
                }

                var own = DateOf(step.Edge.Data.Start, step.OtherStart, step.OtherKind);
                if (own is { } d && fromDate is { } f && (forward ? d < f : d > f))
                {
                    continue;
                }

                var candidate = new ChainCandidate(node, step, own ?? fromDate, own is not null, own is { } o ? Key(o) : fromKey);
                queue.Enqueue(candidate, candidate);
            }
        }
    }

    // A step sits at the relationship's own date, else at the date of the event it reaches; an actor's start is its
    // birth or founding, not when it acted, so a step to an actor takes the date of the node it comes from.
    private static PartialDate? DateOf(string? edgeStart, string? otherStart, string otherKind) =>
        Parse(edgeStart) ?? (otherKind == nameof(NodeKind.Event) ? Parse(otherStart) : null);

    private static (PartialDate? Date, long Key) StartOf(Elements.NodeElement start, bool forward) =>
        DateOf(null, start.Data.Start, start.Data.Kind) is { } date ? (date, Key(date)) : (null, forward ? long.MinValue : long.MaxValue);

    // Orders as PartialDate does: by first day (a partial date sits at the start of its period), then coarser first.
    private static long Key(PartialDate date) => (date.Earliest.DayNumber * 4L) + (int)date.Precision;

    private sealed record ChainCandidate(string From, LensStep Step, PartialDate? Date, bool Own, long Key);

    private static PartialDate? Parse(string? text) =>
        text is not null && PartialDate.TryParse(text, out var date, out _) ? date : null;

    private static ChainRequest Validate(ChainRequest? request)
    {
        if (request is null)
        {
            throw new GraphRequestException("A chain request is needed: {direction, maxSteps, factsOnly}.");
        }

        if (request.Direction is not (ChainRequest.Forward or ChainRequest.Backward))
        {
            throw new GraphRequestException($"direction must be 'forward' or 'backward'; it was '{request.Direction}'.");
        }

        if (request.MaxSteps is < 1 or > MaxSteps)
        {
            throw new GraphRequestException($"maxSteps must be between 1 and {MaxSteps}; it was {request.MaxSteps}.");
        }

        return request;
    }
}
