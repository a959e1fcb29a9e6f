using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Sends a neighbourhood asked for before again without querying: the rings depend only on the start node, the limit,
/// the rings before them and the graph, so answers are kept by node, depth and limit at the engine's graph version
/// (<see cref="GraphVersionCache{TKey, TItem}"/>, bounded by elements). Readers asking for one being computed wait for
/// it. A shallower answer is the first rings of a deeper one, and a deeper one goes on from a shallower one kept: a
/// hub's ring 1 fills a limit on its own, so its depth 1 and depth 2 are the same rings, read once. Rings are kept as
/// the hub writes them (<see cref="NeighbourhoodBatch.Keep"/>), so the collector barely sees them.
/// </summary>
public sealed class CachedNeighbourhoodQuery(
    NeighbourhoodQuery query,
    ICypherEngine engine,
    IOptions<NeighbourhoodCacheOptions> options,
    IOptions<GraphOptions> graphOptions,
    IOptions<JsonHubProtocolOptions> wire)
    : INeighbourhoodQuery, IAnswerCache, IDisposable
{
    private readonly GraphVersionCache<(string NodeId, int Depth, int Limit), NeighbourhoodBatch> cache =
        new(engine, options.Value.MaxElements, static ring => ring.ElementCount);

    /// <inheritdoc />
    public IAsyncEnumerable<NeighbourhoodBatch> StreamAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        query.Validate(nodeId, depth, limit);
        for (var deeper = depth + 1; deeper <= graphOptions.Value.MaxDepth; deeper++)
        {
            if (cache.TryGet((nodeId, deeper, limit), out var rings))
            {
                return rings.Take(depth).ToAsyncEnumerable();
            }
        }

        return cache.StreamAsync((nodeId, depth, limit), token => KeptAsync(WalkAsync(nodeId, depth, limit, token)), cancellationToken);
    }

    /// <inheritdoc />
    public void Clear() => cache.Clear();

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();

    // Only a cache that keeps rings pays for keeping them: with none, each ring is written once as it is sent.
    private IAsyncEnumerable<NeighbourhoodBatch> KeptAsync(IAsyncEnumerable<NeighbourhoodBatch> rings) =>
        options.Value.MaxElements > 0 ? rings.Select(ring => ring.Keep(wire.Value.PayloadSerializerOptions)) : rings;

    private IAsyncEnumerable<NeighbourhoodBatch> WalkAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        for (var shallower = depth - 1; shallower >= 1; shallower--)
        {
            if (cache.TryGet((nodeId, shallower, limit), out var rings))
            {
                return rings.ToAsyncEnumerable().Concat(query.ContinueAsync(nodeId, depth, limit, rings, cancellationToken));
            }
        }

        return query.StreamAsync(nodeId, depth, limit, cancellationToken);
    }
}
