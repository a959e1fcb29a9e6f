using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Sends a neighbourhood asked for before again without querying: the rings depend only on the start node,
/// depth, limit and the graph, so answers are kept by those and the engine's graph version, in a memory cache
/// bounded by elements. Only an engine that reports its version (the embedded one) is cached; against Neo4j,
/// whose graph other clients may change unseen, every expansion queries.
/// </summary>
public sealed class CachedNeighbourhoodQuery : INeighbourhoodQuery, IDisposable
{
    private readonly NeighbourhoodQuery query;
    private readonly IGraphVersionSource? graph;
    private readonly MemoryCache? cache;
    private long lastVersion;

    /// <summary>Wraps <paramref name="query"/>; caches only when <paramref name="engine"/> reports its version and the cache has room.</summary>
    public CachedNeighbourhoodQuery(NeighbourhoodQuery query, ICypherEngine engine, IOptions<NeighbourhoodCacheOptions> options)
    {
        this.query = query;
        graph = engine as IGraphVersionSource;
        var maxElements = options.Value.MaxElements;
        if (graph is not null && maxElements > 0)
        {
            cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxElements });
            lastVersion = graph.GraphVersion;
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<NeighbourhoodBatch> StreamAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        if (cache is null || graph is null)
        {
            return query.StreamAsync(nodeId, depth, limit, cancellationToken);
        }

        var key = new Key(nodeId, depth, limit, graph.GraphVersion);
        if (Interlocked.Exchange(ref lastVersion, key.Version) != key.Version)
        {
            // Answers of an older graph are never asked for again; free their room at once.
            cache.Clear();
        }

        return cache.TryGetValue(key, out IReadOnlyList<NeighbourhoodBatch>? rings)
            ? rings!.ToAsyncEnumerable()
            : QueryAndKeepAsync(key, cache, graph, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => cache?.Dispose();

    private async IAsyncEnumerable<NeighbourhoodBatch> QueryAndKeepAsync(
        Key key, MemoryCache into, IGraphVersionSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rings = new List<NeighbourhoodBatch>();
        await foreach (var ring in query.StreamAsync(key.NodeId, key.Depth, key.Limit, cancellationToken))
        {
            rings.Add(ring);
            yield return ring;
        }

        // Reached only when the whole answer was read. A write committed between its rings' queries makes it
        // belong to no single version, so it is not kept.
        if (source.GraphVersion == key.Version)
        {
            var size = 1 + rings.Sum(r => r.Nodes.Count + r.Edges.Count);
            into.Set(key, (IReadOnlyList<NeighbourhoodBatch>)rings, new MemoryCacheEntryOptions { Size = size });
        }
    }

    private readonly record struct Key(string NodeId, int Depth, int Limit, long Version);
}
