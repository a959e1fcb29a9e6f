namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Sends a neighbourhood asked for before again without querying: the rings depend only on the start node, depth,
/// limit and the graph, so answers are kept by those at the engine's graph version (<see cref="GraphVersionCache{TKey, TItem}"/>,
/// bounded by elements). Readers asking for one being computed wait for it.
/// </summary>
public sealed class CachedNeighbourhoodQuery(NeighbourhoodQuery query, ICypherEngine engine, IOptions<NeighbourhoodCacheOptions> options)
    : INeighbourhoodQuery, IDisposable
{
    private readonly GraphVersionCache<(string NodeId, int Depth, int Limit), NeighbourhoodBatch> cache =
        new(engine, options.Value.MaxElements, static ring => ring.Nodes.Count + ring.Edges.Count);

    /// <inheritdoc />
    public IAsyncEnumerable<NeighbourhoodBatch> StreamAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken) =>
        cache.StreamAsync((nodeId, depth, limit), token => query.StreamAsync(nodeId, depth, limit, token), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();
}
