namespace Chile1973.Graph.Web.Search;

/// <summary>Finds nodes by name or alias, accent- and case-insensitive, best match first.</summary>
public sealed class GraphSearch(GraphQueryRunner runner, IOptions<GraphOptions> options)
{
    /// <summary>At most <paramref name="limit"/> nodes matching <paramref name="text"/> (clamped to the configured maximum).</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string? text, int limit, CancellationToken cancellationToken)
    {
        var query = LuceneQueryText.ForPrefix(text);
        if (query is null || limit <= 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["query"] = query,
            ["limit"] = (long)Math.Min(limit, options.Value.MaxSearchResults),
        };
        var records = await runner.ReadAllAsync(ExplorerQueries.Search, parameters, cancellationToken);
        return records
            .Select(r => new SearchHit(
                RecordReader.String(r, ExplorerColumns.Id),
                RecordReader.OptionalString(r, ExplorerColumns.Name) ?? RecordReader.String(r, ExplorerColumns.Id),
                RecordReader.Kind(r[ExplorerColumns.Labels]),
                RecordReader.Strings(r[ExplorerColumns.Aliases]),
                RecordReader.Double(r, ExplorerColumns.Score)))
            .ToList();
    }
}
