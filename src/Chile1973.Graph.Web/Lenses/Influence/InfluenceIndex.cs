using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>
/// Computes the influence scores once per graph version and category set, and shares the result: every caller
/// asking while it is computed awaits the same work. The version is the engine's own when it reports one (the
/// embedded engine), else the graph's node and relationship counts (the explorer never writes; a reload through the
/// importer changes them).
/// </summary>
public sealed class InfluenceIndex(GraphQueryRunner runner, ICypherEngine engine, ILogger<InfluenceIndex> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<InfluenceSnapshot>>> snapshots = new(StringComparer.Ordinal);

    /// <summary>The scores over <paramref name="categories"/> of the graph as it is now.</summary>
    internal async Task<InfluenceSnapshot> GetAsync(IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        var key = version + "|" + string.Join(',', categories.Order(StringComparer.Ordinal));
        foreach (var stale in snapshots.Keys.Where(k => !k.StartsWith(version + "|", StringComparison.Ordinal)))
        {
            snapshots.TryRemove(stale, out _);
        }

        // The shared computation must not die with the first caller's connection; each caller stops waiting on its own token.
        var lazy = snapshots.GetOrAdd(key, _ => new Lazy<Task<InfluenceSnapshot>>(() => ComputeAsync(categories, CancellationToken.None)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            snapshots.TryRemove(new KeyValuePair<string, Lazy<Task<InfluenceSnapshot>>>(key, lazy));
            throw;
        }
    }

    /// <summary>Reads the relationships of <paramref name="categories"/> through one template and scores them.</summary>
    internal async Task<InfluenceSnapshot> ComputeAsync(IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["categories"] = categories.Cast<object?>().ToList() };
        var edges = new List<InfluenceEdge>();
        await foreach (var record in runner.StreamWholeAsync(ExplorerQueries.InfluenceLinks, parameters, cancellationToken))
        {
            var source = RecordReader.String(record, ExplorerColumns.Source);
            var target = RecordReader.String(record, ExplorerColumns.Target);
            if (!string.Equals(source, target, StringComparison.Ordinal))
            {
                var type = RecordReader.String(record, ExplorerColumns.Type);
                edges.Add(new InfluenceEdge(source, target, RecordReader.EdgeId(record, source, type, target), type, record[ExplorerColumns.Claimed] is true));
            }
        }

        var read = Stopwatch.GetElapsedTime(started);
        var network = await Task.Run(() => new InfluenceNetwork(edges), cancellationToken);
        var built = Stopwatch.GetElapsedTime(started);
        var pageRank = await Task.Run(() => InfluenceScores.PageRank(network, cancellationToken), cancellationToken);
        var ranked = Stopwatch.GetElapsedTime(started);
        var betweenness = await Task.Run(() => InfluenceScores.Betweenness(network, cancellationToken), cancellationToken);
        var between = Stopwatch.GetElapsedTime(started);
        var snapshot = await Task.Run(() => new InfluenceSnapshot(categories, network, pageRank, betweenness), cancellationToken);
        var done = Stopwatch.GetElapsedTime(started);
        snapshot.Timings = new InfluenceTimings(read, built - read, ranked - built, between - ranked, done - between);
        Log.InfluenceComputed(logger, string.Join(',', categories), network.Ids.Length, edges.Count, read.TotalMilliseconds, done.TotalMilliseconds);
        return snapshot;
    }

    private async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        // Counting a graph of millions takes longer than ranking from scores already computed.
        if (engine is IGraphVersionSource source)
        {
            return source.GraphVersion.ToString(CultureInfo.InvariantCulture);
        }

        var counts = await runner.ReadAllAsync(ExplorerQueries.Counts, new Dictionary<string, object?>(), cancellationToken);
        return counts is [var c, ..] ? $"{RecordReader.Long(c, ExplorerColumns.Nodes)}:{RecordReader.Long(c, ExplorerColumns.Relationships)}" : "0:0";
    }
}
