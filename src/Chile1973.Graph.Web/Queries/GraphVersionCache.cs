using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;

namespace Chile1973.Graph.Web.Queries;

/// <summary>
/// Answers of the explorer's read-only templates kept by what was asked and the engine's graph version, in a memory
/// cache bounded by <c>maxSize</c> (each answer weighs what <c>sizeOf</c> says of its items). Readers who ask for an
/// answer being computed wait for it rather than computing it again: on a large graph many readers open the same
/// hubs and search the same words at once. Only an engine that reports its version (the embedded one) is cached;
/// against Neo4j, whose graph other clients may change unseen, every call queries.
/// </summary>
/// <typeparam name="TKey">What was asked (the graph version is added to it).</typeparam>
/// <typeparam name="TItem">One item of an answer, streamed as it comes.</typeparam>
public sealed class GraphVersionCache<TKey, TItem> : IDisposable
    where TKey : notnull
{
    private readonly IGraphVersionSource? graph;
    private readonly MemoryCache? cache;
    private readonly Func<TItem, long> sizeOf;
    private readonly ConcurrentDictionary<Key, TaskCompletionSource<IReadOnlyList<TItem>?>> computing = new();
    private long lastVersion;

    /// <summary>Caches only when <paramref name="engine"/> reports its version and <paramref name="maxSize"/> is positive.</summary>
    public GraphVersionCache(ICypherEngine engine, long maxSize, Func<TItem, long> sizeOf)
    {
        this.sizeOf = sizeOf;
        graph = engine as IGraphVersionSource;
        if (graph is not null && maxSize > 0)
        {
            cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxSize });
            lastVersion = graph.GraphVersion;
        }
    }

    /// <summary>
    /// The answer to <paramref name="key"/>: kept from before at this graph version, awaited from the reader computing
    /// it now, or streamed from <paramref name="query"/> and kept once whole.
    /// </summary>
    public IAsyncEnumerable<TItem> StreamAsync(TKey key, Func<CancellationToken, IAsyncEnumerable<TItem>> query, CancellationToken cancellationToken)
    {
        if (cache is null || graph is null)
        {
            return query(cancellationToken);
        }

        var asked = Current(key, cache, graph);
        return cache.TryGetValue(asked, out IReadOnlyList<TItem>? kept)
            ? kept!.ToAsyncEnumerable()
            : ComputeOrJoinAsync(asked, query, cache, graph, cancellationToken);
    }

    /// <summary>The whole answer to <paramref name="key"/> if one is kept at this graph version; nothing is computed.</summary>
    public bool TryGet(TKey key, [NotNullWhen(true)] out IReadOnlyList<TItem>? items)
    {
        items = null;
        return cache is not null && graph is not null && cache.TryGetValue(Current(key, cache, graph), out items) && items is not null;
    }

    /// <summary>The whole answer to <paramref name="key"/> (see <see cref="StreamAsync"/>).</summary>
    public async Task<IReadOnlyList<TItem>> GetAsync(TKey key, Func<CancellationToken, IAsyncEnumerable<TItem>> query, CancellationToken cancellationToken)
    {
        var items = new List<TItem>();
        await foreach (var item in StreamAsync(key, query, cancellationToken).WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Forgets every answer kept.</summary>
    public void Clear() => cache?.Clear();

    /// <inheritdoc />
    public void Dispose() => cache?.Dispose();

    private async IAsyncEnumerable<TItem> ComputeOrJoinAsync(
        Key asked,
        Func<CancellationToken, IAsyncEnumerable<TItem>> query,
        MemoryCache into,
        IGraphVersionSource source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<IReadOnlyList<TItem>?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = computing.GetOrAdd(asked, mine);
        if (first != mine)
        {
            // Someone is computing it: send their answer, or compute (or wait for) it again if they stopped before the end.
            var theirs = await first.Task.WaitAsync(cancellationToken);
            var answer = theirs?.ToAsyncEnumerable() ?? ComputeOrJoinAsync(asked, query, into, source, cancellationToken);
            await foreach (var item in answer.WithCancellation(cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        // The reader who computed it may have kept it and left between this reader finding nothing kept and finding
        // no one computing it. It keeps its answer before it stops being the one computing it, so the answer is found
        // here: taken from the cache rather than read from the graph a second time.
        if (into.TryGetValue(asked, out IReadOnlyList<TItem>? kept))
        {
            computing.TryRemove(new KeyValuePair<Key, TaskCompletionSource<IReadOnlyList<TItem>?>>(asked, mine));
            mine.TrySetResult(kept);
            foreach (var item in kept!)
            {
                yield return item;
            }

            yield break;
        }

        var items = new List<TItem>();
        var whole = false;
        try
        {
            await foreach (var item in query(cancellationToken).WithCancellation(cancellationToken))
            {
                items.Add(item);
                yield return item;
            }

            whole = true;
        }
        finally
        {
            // Kept only when read to the end. A write committed while it was read makes it belong to no single
            // version, so it is not kept, and those waiting compute their own. It is kept before this reader leaves
            // `computing`, so that a reader who comes after finds it one way or the other.
            IReadOnlyList<TItem>? answer = whole && source.GraphVersion == asked.Version ? items : null;
            if (answer is not null)
            {
                into.Set(asked, answer, new MemoryCacheEntryOptions { Size = 1 + answer.Sum(sizeOf) });
            }

            computing.TryRemove(new KeyValuePair<Key, TaskCompletionSource<IReadOnlyList<TItem>?>>(asked, mine));
            mine.TrySetResult(answer);
        }
    }

    private Key Current(TKey key, MemoryCache kept, IGraphVersionSource source)
    {
        var asked = new Key(key, source.GraphVersion);
        if (Interlocked.Exchange(ref lastVersion, asked.Version) != asked.Version)
        {
            // Answers of an older graph are never asked for again; free their room at once.
            kept.Clear();
        }

        return asked;
    }

    private readonly record struct Key(TKey Asked, long Version);
}
