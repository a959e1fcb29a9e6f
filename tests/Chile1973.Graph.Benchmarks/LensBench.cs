using System.Diagnostics;
using System.Globalization;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Queries;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Chile1973.Graph.Benchmarks;

/// <summary>
/// <c>--lenses</c>: server time of each lens as the hub runs it (paths, plot chain, influence ranking and tree) on the
/// article graph, and on the generated graph k = 5 shortest paths up to length 6 and the influence scores after loading.
/// </summary>
internal static class LensBench
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Runs the parts named (<c>article</c>, <c>paths</c> and <c>influence</c> on the generated graph), all when none is.</summary>
    public static async Task<int> RunAsync(IReadOnlySet<string> parts)
    {
        bool Runs(string part) => parts.Count == 0 || parts.Contains(part);
        var rows = new List<(string Graph, string Shape, double Median, double P90, int Records)>();
        if (Runs("article"))
        {
            RunArticle(rows);
        }

        var largeLines = new List<string>();
        if (BenchGraphs.LargeGraphDirectory is not null && (Runs("paths") || Runs("influence")))
        {
            var (store, elapsed, _) = BenchGraphs.LargeStore;
            var categorised = Stopwatch.StartNew();
            var categories = Categorise(store);
            largeLines.Add(string.Create(CultureInfo.InvariantCulture,
                $"large graph: {store.NodeCount:N0} nodes, {store.RelationshipCount:N0} relationships loaded in {elapsed.TotalSeconds:F2} s; categories set from graph/vocabulary in {categorised.Elapsed.TotalSeconds:F2} s ({categories})"));
            Console.WriteLine(largeLines[^1]);
            var large = Lenses(new EmbeddedCypherEngine(store));
            var counting = new CountingEngine(new EmbeddedCypherEngine(store));
            var counted = Lenses(counting);
            if (Runs("paths"))
            {
                foreach (var (position, label) in new[] { (0.25, "typical"), (0.6, "typical") })
                {
                    var from = QueryShapes.TypicalNode(store, position);
                    var to = QueryShapes.TypicalNode(store, position + 0.3);
                    rows.Add(QuickBench.Measure("large", $"paths: 5 shortest up to 6, {label} {from} to {to}", () =>
                        Count(large.Paths.StreamAsync(from, to, new PathRequest(PathRequest.KShortest, 5, 6), None)), 20));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows[^1].Shape}: median {rows[^1].Median:F1} ms, p90 {rows[^1].P90:F1} ms, {rows[^1].Records} paths"));
                    counting.Clear();
                    // What one request allocates does not vary with other work on the machine, unlike its time.
                    var allocated = GC.GetTotalAllocatedBytes(precise: true);
                    await Count(counted.Paths.StreamAsync(from, to, new PathRequest(PathRequest.KShortest, 5, 6), None)).ConfigureAwait(false);
                    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {counting.Queries.Count} queries, {counting.Queries.Sum(q => q.Rows):N0} rows, {counting.Queries.Sum(q => q.Milliseconds):F1} ms in queries, {allocated / 1024.0 / 1024.0:F1} MB allocated"));
                    foreach (var (template, listed, read, ms) in counting.Queries)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {template[..Math.Min(40, template.Length)],-40} list {listed,6} rows {read,7} {ms,8:F1} ms"));
                    }
                }
            }

            if (Runs("influence"))
            {
                // The processor time beside the wall time: on a machine shared with other work the two part ways.
                var clock = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var snapshot = await large.Index.ComputeAsync(LensCategories.Influence, None).ConfigureAwait(false);
                largeLines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"large graph: influence scores over {snapshot.Network.Ids.Length:N0} nodes and {snapshot.Network.Edges.Length:N0} relationships ready {clock.Elapsed.TotalSeconds:F2} s after loading ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s of processor time; {Phases(snapshot.Timings)}); highest betweenness {snapshot.Betweenness.Max():G3}, PageRank {snapshot.PageRank.Max():G3}"));
                Console.WriteLine(largeLines[^1]);
                rows.Add(QuickBench.Measure("large", "influence: ranking, top 20 with evidence (scores cached)", async () =>
                    (await large.Influence.RankAsync(new InfluenceRequest(20), None).ConfigureAwait(false)).Items.Count(i => i.Evidence is not null), 10));
            }
        }
        else if (BenchGraphs.LargeGraphDirectory is null)
        {
            largeLines.Add($"large graph skipped: set {BenchGraphs.LargeGraphVariable} to a folder made by ../shared/bench/gen_graph.py");
        }

        Console.WriteLine("| graph | lens | median ms | p90 ms | items |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var (graph, shape, median, p90, records) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {graph} | {shape} | {median:F3} | {p90:F3} | {records} |"));
        }

        Console.WriteLine();
        largeLines.ForEach(Console.WriteLine);
        return 0;
    }

    private static void RunArticle(List<(string Graph, string Shape, double Median, double P90, int Records)> rows)
    {
        var article = Lenses(new EmbeddedCypherEngine(BenchGraphs.ArticleStore));
        rows.Add(QuickBench.Measure("article", "paths: 5 shortest, cia to coup_1973, up to 6", () =>
            Count(article.Paths.StreamAsync("cia", "coup_1973", new PathRequest(PathRequest.KShortest, 5, 6), None))));
        rows.Add(QuickBench.Measure("article", "paths: all shortest, cia to coup_1973", () =>
            Count(article.Paths.StreamAsync("cia", "coup_1973", new PathRequest(PathRequest.AllShortest), None))));
        rows.Add(QuickBench.Measure("article", "chain: forward from cia_intervention", () =>
            Count(article.Chain.StreamAsync("cia_intervention", new ChainRequest(ChainRequest.Forward, 200), None))));
        rows.Add(QuickBench.Measure("article", "chain: backward from coup_1973", () =>
            Count(article.Chain.StreamAsync("coup_1973", new ChainRequest(ChainRequest.Backward, 200), None))));
        rows.Add(QuickBench.Measure("article", "influence: scores computed (uncached)", async () =>
            (await article.Index.ComputeAsync(LensCategories.Influence, None).ConfigureAwait(false)).Network.Ids.Length));
        rows.Add(QuickBench.Measure("article", "influence: ranking, top 20 (scores cached)", async () =>
            (await article.Influence.RankAsync(new InfluenceRequest(20), None).ConfigureAwait(false)).Items.Count));
        rows.Add(QuickBench.Measure("article", "influence: shaped-by tree of socialist_renovation, depth 3", () =>
            Count(article.Influence.StreamTreeAsync("socialist_renovation", InfluenceLens.ShapedBy, 3, None))));
    }

    private static (PathLens Paths, ChainLens Chain, InfluenceIndex Index, InfluenceLens Influence) Lenses(ICypherEngine engine)
    {
        var options = Options.Create(new GraphOptions { MaxRows = 10_000_000, QueryTimeout = TimeSpan.FromMinutes(5), InfluenceTimeout = TimeSpan.FromMinutes(10) });
        var runner = new GraphQueryRunner(engine, options, NullLogger<GraphQueryRunner>.Instance);
        var elements = new LensElements(runner, engine);
        var index = new InfluenceIndex(runner, engine, NullLogger<InfluenceIndex>.Instance);
        return (new PathLens(runner, elements), new ChainLens(runner, elements), index, new InfluenceLens(index, runner, elements, options));
    }

    // The generated graph has no categories: give each relationship the category its type has in the vocabulary, as
    // loading the curated graph does; types the vocabulary does not know (LOCATED_IN, MENTIONS) are records and places.
    internal static string Categorise(GraphStore store)
    {
        var file = Path.Combine(BenchGraphs.RepositoryRoot(), "graph", "vocabulary", "relationship-types.csv");
        var byType = File.ReadLines(file).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        byType.TryAdd("LOCATED_IN", "place");
        byType.TryAdd("MENTIONS", "record");
        var key = store.PropertyKeys.GetOrAdd("category");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var rel = 0; rel < store.RelationshipIdLimit; rel++)
        {
            var type = store.RelationshipTypes.Name(store.RelationshipType(rel));
            var category = byType.GetValueOrDefault(type, "record");
            store.SetRelationshipProperty(rel, key, category);
            counts[category] = counts.GetValueOrDefault(category) + 1;
        }

        return string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")));
    }

    private static string Phases(InfluenceTimings t) => string.Create(CultureInfo.InvariantCulture,
        $"read {t.Read.TotalSeconds:F2} s, network {t.Network.TotalSeconds:F2} s, PageRank {t.PageRank.TotalSeconds:F2} s, betweenness {t.Betweenness.TotalSeconds:F2} s, ranking and evidence {t.Ranking.TotalSeconds:F2} s");

    private static async Task<int> Count<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items.ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
