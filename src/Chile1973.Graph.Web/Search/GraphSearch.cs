using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Web.Search;

/// <summary>
/// Finds nodes by name or alias, accent- and case-insensitive, best match first. A search asked before at the same
/// graph version is answered from memory (<see cref="SearchCacheOptions"/>): on a large graph a common word matches
/// hundreds of thousands of names, and readers search the same words.
/// </summary>
public sealed class GraphSearch(GraphQueryRunner runner, ICypherEngine engine, IOptions<GraphOptions> options, IOptions<SearchCacheOptions> cacheOptions)
    : IAnswerCache, IDisposable
{
    private readonly GraphVersionCache<(string Query, long Limit), SearchHit> cache = new(engine, cacheOptions.Value.MaxHits, static _ => 1);

    /// <summary>At most <paramref name="limit"/> nodes matching <paramref name="text"/> (clamped to the configured maximum).</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string? text, int limit, CancellationToken cancellationToken)
    {
        var query = LuceneQueryText.ForPrefix(text);
        if (query is null || limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        var clamped = (long)Math.Min(limit, options.Value.MaxSearchResults);
        return cache.GetAsync((query, clamped), token => QueryAsync(query, clamped, token), cancellationToken);
    }

    /// <inheritdoc />
    public void Clear() => cache.Clear();

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();

    private async IAsyncEnumerable<SearchHit> QueryAsync(string query, long limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["query"] = query,
            ["limit"] = limit,
        };
        await foreach (var r in runner.StreamAsync(ExplorerQueries.Search, parameters, cancellationToken))
        {
            yield return new SearchHit(
                RecordReader.String(r, ExplorerColumns.Id),
                RecordReader.OptionalString(r, ExplorerColumns.Name) ?? RecordReader.String(r, ExplorerColumns.Id),
                RecordReader.Kind(r[ExplorerColumns.Labels]),
                RecordReader.Strings(r[ExplorerColumns.Aliases]),
                RecordReader.Double(r, ExplorerColumns.Score));
        }
    }
}
