using System.Diagnostics;
using System.Globalization;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Planning;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher.Syntax;

namespace Chile1973.Graph.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch loop per query shape printing a median table in seconds rather than minutes,
/// for iterating on the engine; BenchmarkDotNet remains the reference.
/// </summary>
internal static class QuickBench
{
    private const int Warmup = 5;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(1);
    private const int Iterations = 50;

    public static async Task<int> RunAsync()
    {
        var rows = new List<(string Graph, string Shape, double Median, double P90, int Records)>();
        var article = BenchGraphs.ArticleStore;
        var engine = new EmbeddedCypherEngine(article, ExplorerEngine.Options);
        var hub = QueryShapes.BiggestHub(article);
        rows.Add(Measure("article", "parse (2-hop)", () => { CypherParser.Parse(QueryShapes.TwoHop); return Task.FromResult(0); }));
        rows.Add(Measure("article", "plan (2-hop)", () =>
        {
            QueryPlanner.Plan(SemanticAnalyzer.Analyze(CypherParser.Parse(QueryShapes.TwoHop)), QueryShapes.TwoHop, engine.Procedures);
            return Task.FromResult(0);
        }));
        await AddShapes(rows, "article", engine, article, hub).ConfigureAwait(false);
        rows.Add(Measure("article", "plot chain (LED_TO+)", () => QueryRunner.RunAsync(engine, QueryShapes.PlotChain,
            new Dictionary<string, object?> { ["from"] = "cia_intervention", ["to"] = "coup_1973" })));
        rows.Add(Measure("article", "full-text search", () => QueryRunner.RunAsync(engine, ExplorerQueries.Search,
            new Dictionary<string, object?> { ["query"] = "allende", ["limit"] = 10L })));
        rows.Add(Measure("article", "ring candidates (hub)", () => QueryRunner.RunAsync(engine, ExplorerQueries.RingCandidates,
            new Dictionary<string, object?> { ["frontier"] = new List<object?> { hub }, ["seen"] = new List<object?> { hub } })));

        string? loadLine = null;
        if (BenchGraphs.LargeGraphDirectory is not null)
        {
            var (store, elapsed, bytes) = BenchGraphs.LargeStore;
            loadLine = string.Create(CultureInfo.InvariantCulture,
                $"large graph load: {store.NodeCount:N0} nodes, {store.RelationshipCount:N0} relationships in {elapsed.TotalSeconds:F2} s, managed heap {bytes / (1024.0 * 1024 * 1024):F2} GB, process working set {Environment.WorkingSet / (1024.0 * 1024 * 1024):F2} GB");
            var large = new EmbeddedCypherEngine(store, ExplorerEngine.Options);
            await AddShapes(rows, "large", large, store, QueryShapes.BiggestHub(store)).ConfigureAwait(false);
        }
        else
        {
            loadLine = $"large graph skipped: set {BenchGraphs.LargeGraphVariable} to a folder made by /work/shared/bench/gen_graph.py";
        }

        Console.WriteLine("| graph | shape | median ms | p90 ms | records |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var (graph, shape, median, p90, records) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {graph} | {shape} | {median:F3} | {p90:F3} | {records} |"));
        }

        Console.WriteLine();
        Console.WriteLine(loadLine);
        return 0;
    }

    private static async Task AddShapes(List<(string, string, double, double, int)> rows, string graph, EmbeddedCypherEngine engine, GraphStore store, string hub)
    {
        var typical = new Dictionary<string, object?> { ["id"] = QueryShapes.TypicalNode(store, 0.5) };
        var biggest = new Dictionary<string, object?> { ["id"] = hub };
        var path = new Dictionary<string, object?> { ["src"] = QueryShapes.TypicalNode(store, 0.25), ["dst"] = QueryShapes.TypicalNode(store, 0.75) };
        var prefix = new Dictionary<string, object?> { ["p"] = QueryShapes.NamePrefixOf(store, 0.5, graph == "large" ? 12 : 3) };
        await QueryRunner.RunAsync(engine, QueryShapes.NamePrefix, prefix).ConfigureAwait(false);
        rows.Add(Measure(graph, "Q1 1-hop", () => QueryRunner.RunAsync(engine, QueryShapes.OneHop, typical)));
        rows.Add(Measure(graph, "Q1 1-hop (biggest hub)", () => QueryRunner.RunAsync(engine, QueryShapes.OneHop, biggest)));
        rows.Add(Measure(graph, "Q2 2-hop, 500 cap", () => QueryRunner.RunAsync(engine, QueryShapes.TwoHop, typical)));
        rows.Add(Measure(graph, "Q2 2-hop, 500 cap (biggest hub)", () => QueryRunner.RunAsync(engine, QueryShapes.TwoHop, biggest)));
        rows.Add(Measure(graph, "Q3 shortest path <= 6 hops", () => QueryRunner.RunAsync(engine, QueryShapes.ShortestPath, path)));
        rows.Add(Measure(graph, "SHORTEST 5 (any relationship)", () => QueryRunner.RunAsync(engine, QueryShapes.ShortestFive, path)));
        rows.Add(Measure(graph, "Q4 name prefix", () => QueryRunner.RunAsync(engine, QueryShapes.NamePrefix, prefix)));
        rows.Add(Measure(graph, "Q5 count by label", () => QueryRunner.RunAsync(engine, QueryShapes.CountByLabel), graph == "large" ? 10 : Iterations));
    }

    internal static (string Graph, string Shape, double Median, double P90, int Records) Measure(string graph, string shape, Func<Task<int>> run, int iterations = Iterations)
    {
        // Warm up for a second as well as a few runs, so tiered compilation has replaced the first, unoptimised code
        // (BenchmarkDotNet's warm-up does the same); otherwise a fast shape is timed mostly before that happens.
        var records = 0;
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < Warmup || warming.Elapsed < WarmupTime; i++)
        {
            records = run().GetAwaiter().GetResult();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            run().GetAwaiter().GetResult();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (graph, shape, times[iterations / 2], times[(int)(iterations * 0.9)], records);
    }
}
