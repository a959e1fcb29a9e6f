using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Web.Article;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Queries;
using Chile1973.Graph.Web.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OptionsOf = Microsoft.Extensions.Options.Options;

namespace Chile1973.Graph.Benchmarks;

/// <summary>
/// <c>--scale</c>: every template of <see cref="ExplorerQueries.Templates"/> through the engine port, and every graph call
/// of the hub through the services it calls, on the article graph and (when <c>BENCH_GRAPH_DIR</c> names it) the
/// generated graph, each loaded as the app loads it. Per call: median and p90 wall time, processor time and bytes
/// allocated, after a warm-up that lasts until the runtime has stopped compiling.
/// </summary>
internal static class ScaleBench
{
    private static readonly CancellationToken None = CancellationToken.None;

    // A warm-up lasts at least this long and this many runs, and until no method has been compiled for QuietFor (the
    // app's own warm-up waits for the same): before that, a fast call is timed mostly in code not yet optimised.
    private static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(1);
    private const int MinWarmUpRuns = 5;
    private static readonly TimeSpan QuietFor = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(10);

    // Timed runs: as many as fit in TimedBudget, between MinRuns and MaxRuns; a call whose first two runs each took longer
    // than SlowRun (a scan or an export of the whole generated graph) is timed SlowRuns times after them.
    private static readonly TimeSpan TimedBudget = TimeSpan.FromSeconds(3);
    private const int MinRuns = 10;
    private const int MaxRuns = 50;
    private static readonly TimeSpan SlowRun = TimeSpan.FromSeconds(1);
    private const int SlowRuns = 3;

    private const int Depth = 2;
    private const int Limit = 200;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}, load average at start {LoadAverage()}"));

        // The generated graph is loaded first, in a process that has run nothing else, so its load time and memory are
        // those of the app opening it; the article graph is loaded after it, with the reader's code compiled.
        Loaded? large = null;
        if (BenchGraphs.LargeGraphDirectory is { } dir)
        {
            large = Load("generated", dir, curated: false, startNodeId: "n0");
        }

        var article = Load("article", Path.Combine(BenchGraphs.RepositoryRoot(), "graph"), curated: true, startNodeId: new GraphOptions().StartNodeId);
        var tables = new List<string> { await RunGraphAsync(article).ConfigureAwait(false) };
        if (large is not null)
        {
            // The generated graph has no categories: each relationship gets its type's, as LensBench gives them.
            var categorised = Stopwatch.StartNew();
            var categories = LensBench.Categorise(large.Engine.Store);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated graph: categories set from graph/vocabulary in {categorised.Elapsed.TotalSeconds:F1} s ({categories})"));
            tables.Add(await RunGraphAsync(large).ConfigureAwait(false));
        }
        else
        {
            Console.WriteLine($"generated graph skipped: set {BenchGraphs.LargeGraphVariable} to a folder made by gen_graph.py");
        }

        Console.WriteLine();
        tables.ForEach(Console.WriteLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average at the end {LoadAverage()}"));
        return 0;
    }

    /// <summary>A graph as the app opens it, with what its loading cost.</summary>
    private sealed record Loaded(string Graph, EmbeddedCypherEngine Engine, string StartNodeId);

    private static Loaded Load(string graph, string directory, bool curated, string startNodeId)
    {
        var root = BenchGraphs.RepositoryRoot();
        GC.Collect();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var engine = ExplorerEngine.Open(directory, Path.Combine(root, "seeds"), curated);
        var read = clock.Elapsed;
        engine.BuildIndexes();
        var loaded = clock.Elapsed;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{graph} graph: {engine.Size.Nodes:N0} nodes, {engine.Size.Relationships:N0} relationships loaded in {loaded.TotalSeconds:F2} s (read, {(curated ? "checked, " : "")}stored {read.TotalSeconds:F2} s, search and name indexes {(loaded - read).TotalSeconds:F2} s); managed heap +{Size(heapAfter - heap)}, working set {Size(workingSet)} before and {Size(Environment.WorkingSet)} after, peak {Size(process.PeakWorkingSet64)}"));
        return new Loaded(graph, engine, startNodeId);
    }

    private static async Task<string> RunGraphAsync(Loaded loaded)
    {
        var (graph, engine, _) = loaded;
        var store = engine.Store;
        var options = Options.Create(new GraphOptions
        {
            // The app's own limits would refuse the scans and exports of the generated graph; lifted, so their cost is measured.
            MaxRows = 10_000_000,
            QueryTimeout = TimeSpan.FromMinutes(5),
            InfluenceTimeout = TimeSpan.FromMinutes(10),
            GraphDirectory = "unused",
            SeedsDirectory = Path.Combine(BenchGraphs.RepositoryRoot(), "seeds"),
            StartNodeId = loaded.StartNodeId,
        });
        var picks = Picks.For(graph, store);
        if (picks.Large)
        {
            // Backward from where the forward chain ends, so the backward chain has steps to take: on the generated
            // graph's random dates most nodes have no cause dated before them.
            using var scout = new Hub(engine, options);
            var forward = new List<ChainStep>();
            await foreach (var step in scout.Chain.StreamAsync(picks.ChainForward, new ChainRequest(ChainRequest.Forward), None).ConfigureAwait(false))
            {
                forward.Add(step);
            }

            picks = picks with { ChainBackward = forward.Count > 0 ? forward[^1].To.Data.Id : picks.ChainForward };
        }

        Console.WriteLine($"{graph} graph: {picks.Describe()}");

        var recorder = new RecordingEngine(engine);
        await RecordAsync(new Hub(recorder, options), recorder, picks).ConfigureAwait(false);

        var rows = new List<Row>();
        foreach (var (name, text) in ExplorerQueries.Templates)
        {
            foreach (var (label, parameters, note) in TemplateCases(name, picks, recorder))
            {
                rows.Add(note is not null
                    ? Row.NotApplicable("template", $"`{name}`", label, note)
                    : await MeasureAsync("template", $"`{name}`", label, () => ReadAsync(engine, text, parameters)).ConfigureAwait(false));
                Progress(graph, rows[^1]);
            }
        }

        using var hub = new Hub(engine, options);
        foreach (var (call, label, run, note) in HubCases(hub, picks))
        {
            rows.Add(note is not null || run is null
                ? Row.NotApplicable("hub", call, label, note ?? "")
                : await MeasureAsync("hub", call, label, run).ConfigureAwait(false));
            Progress(graph, rows[^1]);
        }

        return Table(graph, rows);
    }

    /// <summary>Each template's parameters on this graph; a template with nothing to measure on it says why.</summary>
    private static IEnumerable<(string Label, IReadOnlyDictionary<string, object?>? Parameters, string? Note)> TemplateCases(string name, Picks p, RecordingEngine recorded)
    {
        static Dictionary<string, object?> Id(string id) => new(StringComparer.Ordinal) { ["id"] = id };
        var none = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (name)
        {
            case nameof(ExplorerQueries.Search):
                yield return ($"`{p.CommonWord}`, limit 10 ({(p.Large ? "the first word of a typical name" : "as `--quick` searches")})", new Dictionary<string, object?>(StringComparer.Ordinal) { ["query"] = LuceneQueryText.ForPrefix(p.CommonWord), ["limit"] = 10L }, null);
                yield return ($"`{p.FullName}`, limit 10 (a typical node's whole name)", new Dictionary<string, object?>(StringComparer.Ordinal) { ["query"] = LuceneQueryText.ForPrefix(p.FullName), ["limit"] = 10L }, null);
                break;
            case nameof(ExplorerQueries.NodeElement) or nameof(ExplorerQueries.NodeDetails) or nameof(ExplorerQueries.NodeRelationships):
                yield return ($"typical node `{p.Typical}`", Id(p.Typical), null);
                yield return ($"biggest hub `{p.Hub}` ({p.HubDegree:N0} relationships)", Id(p.Hub), null);
                break;
            case nameof(ExplorerQueries.RingCandidates) or nameof(ExplorerQueries.RingNeighbours) or nameof(ExplorerQueries.RingAttachments) or nameof(ExplorerQueries.RingEdges):
                foreach (var (start, what) in new[] { (p.Typical, "typical node"), (p.Hub, "biggest hub") })
                {
                    var request = $"walk from {start}";
                    yield return recorded.Heaviest(ExplorerQueries.Templates[name], request) is { } q
                        ? ($"{Which(recorded.Count(ExplorerQueries.Templates[name], request))} in a depth-{Depth}, limit-{Limit} walk from the {what} `{start}` ({Listed(q)})", q.Parameters, null)
                        : ($"a depth-{Depth}, limit-{Limit} walk from the {what} `{start}`", null, name == nameof(ExplorerQueries.RingAttachments)
                            ? "not called by this walk: every fresh node came with an edge to what was sent"
                            : "not called by this walk: its first ring spent the budget of elements");
                }

                break;
            case nameof(ExplorerQueries.NodeElements) or nameof(ExplorerQueries.LensSteps) or nameof(ExplorerQueries.LensLinks) or nameof(ExplorerQueries.InfluenceEvidence):
                var heaviest = recorded.Heaviest(ExplorerQueries.Templates[name], request: null);
                yield return heaviest is { } h
                    ? ($"{Which(recorded.Count(ExplorerQueries.Templates[name], null))} in the walks and lens requests below, from the {recorded.RequestOf(h)} ({Listed(h)})", h.Parameters, null)
                    : ("the walks and lens requests below", null, "not called by them");
                break;
            case nameof(ExplorerQueries.MostConnectedNodes):
                yield return ("`take` 1", new Dictionary<string, object?>(StringComparer.Ordinal) { ["take"] = 1L }, null);
                break;
            case nameof(ExplorerQueries.InfluenceLinks):
                yield return ("categories `influence`", new Dictionary<string, object?>(StringComparer.Ordinal) { ["categories"] = LensCategories.Influence.Cast<object?>().ToList() }, null);
                break;
            case nameof(ExplorerQueries.QuotedNodes) or nameof(ExplorerQueries.QuotedRelationships):
                yield return (p.Large ? "none (no element of the generated graph quotes a source: the scan finds none)" : "none", none, null);
                break;
            case nameof(ExplorerQueries.Counts) or nameof(ExplorerQueries.LabelCounts)
                or nameof(ExplorerQueries.TypeCounts) or nameof(ExplorerQueries.ExportNodes) or nameof(ExplorerQueries.ExportRelationships)
                or nameof(ExplorerQueries.NamesAndAliases) or nameof(ExplorerQueries.SchemaLabels) or nameof(ExplorerQueries.SchemaRelationshipTypes)
                or nameof(ExplorerQueries.SchemaPropertyKeys) or nameof(ExplorerQueries.SchemaCategories) or nameof(ExplorerQueries.CategoryCounts)
                or nameof(ExplorerQueries.Probe):
                yield return ("none", none, null);
                break;
            default:
                // A template added to ExplorerQueries and not here fails the run rather than going unmeasured.
                throw new InvalidOperationException($"--scale has no parameters for the template {name}: add a case to ScaleBench.TemplateCases.");
        }
    }

    /// <summary>The graph calls of <see cref="GraphHub"/>, each through the service it calls.</summary>
    private static IEnumerable<(string Call, string Label, Func<Task<long>>? Run, string? Note)> HubCases(Hub hub, Picks p)
    {
        yield return ("`Search` (cache off)", $"`{p.CommonWord}`, limit 10", async () => (await hub.Search.SearchAsync(p.CommonWord, 10, None).ConfigureAwait(false)).Count, null);
        yield return ("`Search` (cache off)", $"`{p.FullName}`, limit 10", async () => (await hub.Search.SearchAsync(p.FullName, 10, None).ConfigureAwait(false)).Count, null);
        foreach (var depth in new[] { 1, 2 })
        {
            foreach (var (start, what) in new[] { (p.Typical, "typical node"), (p.Hub, "biggest hub") })
            {
                yield return ("`StreamNeighbourhood` (cache off)", $"depth {depth}, limit {Limit}, from the {what} `{start}`", () => CountAsync(hub.Neighbourhood.StreamAsync(start, depth, Limit, None)), null);
            }
        }

        yield return ("`GetNode`", $"typical node `{p.Typical}`", async () => (await hub.Details.GetAsync(p.Typical, None).ConfigureAwait(false))!.Relationships.Count, null);
        yield return ("`GetNode`", $"biggest hub `{p.Hub}`", async () => (await hub.Details.GetAsync(p.Hub, None).ConfigureAwait(false))!.Relationships.Count, null);
        yield return ("`Welcome` on connecting (`GraphInfoQuery`, not kept)", $"start node `{hub.Options.Value.StartNodeId}`", async () =>
        {
            using var info = new GraphInfoQuery(hub.Runner, hub.Options);
            return (await info.GetAsync(None).ConfigureAwait(false)).StartNodeId is null ? 0 : 1;
        }, null);
        yield return ("`GetCategories`", "", async () => (await hub.Elements.CategoriesAsync(None).ConfigureAwait(false)).Count, null);
        yield return ("`GetSchema`", "", async () => await hub.Schema.GetAsync(None).ConfigureAwait(false) is var s ? s.Labels.Count + s.RelationshipTypes.Count + s.Categories.Count + s.PropertyKeys.Count : 0, null);
        foreach (var (from, to) in p.PathPairs)
        {
            yield return ("`StreamPaths`", $"5 shortest up to 6, `{from}` to `{to}`", () => CountAsync(hub.Paths.StreamAsync(from, to, new PathRequest(PathRequest.KShortest, 5, 6), None)), null);
        }

        var (first, last) = p.PathPairs[0];
        yield return ("`StreamPaths`", $"shortest, `{first}` to `{last}`", () => CountAsync(hub.Paths.StreamAsync(first, last, new PathRequest(), None)), null);
        yield return ("`StreamPaths`", $"all shortest, `{first}` to `{last}`", () => CountAsync(hub.Paths.StreamAsync(first, last, new PathRequest(PathRequest.AllShortest), None)), null);
        yield return ("`StreamChain`", $"forward from `{p.ChainForward}`, 40 steps (the page's)", () => CountAsync(hub.Chain.StreamAsync(p.ChainForward, new ChainRequest(ChainRequest.Forward), None)), null);
        yield return ("`StreamChain`", $"backward from `{p.ChainBackward}`, 40 steps", () => CountAsync(hub.Chain.StreamAsync(p.ChainBackward, new ChainRequest(ChainRequest.Backward), None)), null);
        yield return ("`GetInfluence`, scores computed", "category `influence` (what the first ranking after loading waits for)",
            async () => (await hub.Index.ComputeAsync(LensCategories.Influence, None).ConfigureAwait(false)).Network.Ids.Length, null);
        yield return ("`GetInfluence`, scores kept", "top 20 with evidence", async () => (await hub.Influence.RankAsync(new InfluenceRequest(20), None).ConfigureAwait(false)).Items.Count, null);
        yield return ("`StreamInfluence`", $"shaped-by tree of `{p.ShapedBy}`, depth 3", () => CountAsync(hub.Influence.StreamTreeAsync(p.ShapedBy, InfluenceLens.ShapedBy, 3, None)), null);
        yield return ("`StreamInfluence`", $"shaped tree of `{p.Shaped}`, depth 3", () => CountAsync(hub.Influence.StreamTreeAsync(p.Shaped, InfluenceLens.Shaped, 3, None)), null);
        yield return ("`StreamCypher`", $"Q2 2-hop, 500 cap, from `{p.Typical}`", () => CountAsync(hub.Console.StreamAsync(QueryShapes.TwoHop, new Dictionary<string, object?> { ["id"] = p.Typical }, None)), null);
        yield return ("`GetArticle`, index built (not kept)", p.Large ? "seed article; no fact of the generated graph quotes it" : "seed article", async () =>
        {
            using var index = hub.NewArticle();
            return (await index.GetArticleAsync(None).ConfigureAwait(false)).Paragraphs.Count;
        }, null);
        yield return ("`GetTimeline`, index kept", "", async () => (await hub.Article.GetTimelineAsync(None).ConfigureAwait(false)).Years.Count, null);
        if (p.Large)
        {
            const string Note = "does not apply: no element of the generated graph quotes a source, so no paragraph has facts";
            yield return ("`GetPassageFacts`", "", null, Note);
            yield return ("`GetQuotes`", "", null, Note);
        }
        else
        {
            // What a call needs that is not its own work (the paragraph, the ids shown) is found in the first run, untimed.
            int? paragraph = null;
            yield return ("`GetPassageFacts`", "the paragraph with the most facts", async () =>
            {
                paragraph ??= (await hub.Article.GetArticleAsync(None).ConfigureAwait(false)).Paragraphs.MaxBy(x => x.FactCount)!.Index;
                var facts = await hub.Article.GetPassageFactsAsync(paragraph.Value, None).ConfigureAwait(false);
                return facts.Nodes.Count + facts.Edges.Count;
            }, null);
            List<string>? shown = null;
            yield return ("`GetQuotes`", $"the elements of a depth-1 walk from `{p.Hub}`", async () =>
            {
                if (shown is null)
                {
                    shown = [];
                    await foreach (var batch in hub.Neighbourhood.StreamAsync(p.Hub, 1, Limit, None).ConfigureAwait(false))
                    {
                        shown.AddRange(batch.Nodes.Select(n => n.Data.Id).Concat(batch.Edges.Select(e => e.Data.Id)));
                    }
                }

                return (await hub.Article.GetQuotesAsync(shown, None).ConfigureAwait(false)).Count;
            }, null);
        }
    }

    // The walks and lens requests whose template calls are timed one by one: each template is timed with the
    // parameters the hub gave it, the heaviest call of the request.
    private static async Task RecordAsync(Hub hub, RecordingEngine recorder, Picks p)
    {
        foreach (var start in new[] { p.Typical, p.Hub })
        {
            recorder.Request = $"walk from {start}";
            await CountAsync(hub.Neighbourhood.StreamAsync(start, Depth, Limit, None)).ConfigureAwait(false);
        }

        var (from, to) = p.PathPairs[0];
        recorder.Request = $"5 shortest paths from {from} to {to}";
        await CountAsync(hub.Paths.StreamAsync(from, to, new PathRequest(PathRequest.KShortest, 5, 6), None)).ConfigureAwait(false);
        recorder.Request = $"chain forward from {p.ChainForward}";
        await CountAsync(hub.Chain.StreamAsync(p.ChainForward, new ChainRequest(ChainRequest.Forward), None)).ConfigureAwait(false);
        recorder.Request = "influence ranking, top 20";
        await hub.Influence.RankAsync(new InfluenceRequest(20), None).ConfigureAwait(false);
        recorder.Request = $"shaped-by tree of {p.ShapedBy}";
        await CountAsync(hub.Influence.StreamTreeAsync(p.ShapedBy, InfluenceLens.ShapedBy, 3, None)).ConfigureAwait(false);
        recorder.Request = null;
    }

    private static string Which(int calls) => calls == 1 ? "the one call" : $"heaviest of {calls} calls";

    private static string Listed(CypherQuery query) =>
        string.Join(", ", (query.Parameters ?? new Dictionary<string, object?>()).Select(kv => kv.Value switch
        {
            System.Collections.ICollection c => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {c.Count}"),
            null => $"{kv.Key} null",
            bool b => $"{kv.Key} {(b ? "true" : "false")}",
            _ => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}"),
        }));

    private static async Task<long> ReadAsync(ICypherEngine engine, string text, IReadOnlyDictionary<string, object?>? parameters)
    {
        await using var cursor = await engine.RunAsync(new CypherQuery(text, parameters), QueryOptions.Read, None).ConfigureAwait(false);
        long count = 0;
        await foreach (var _ in cursor.WithCancellation(None).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private static async Task<long> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        long count = 0;
        await foreach (var _ in items.WithCancellation(None).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private static async Task<Row> MeasureAsync(string section, string call, string label, Func<Task<long>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var first = Stopwatch.StartNew();
        var items = await run().ConfigureAwait(false);
        int runs;
        // A first run may be slow for what it leaves behind (the influence scores, the article's index), so only a
        // second slow run makes a call slow.
        var second = Stopwatch.StartNew();
        if (first.Elapsed > SlowRun && await run().ConfigureAwait(false) >= 0 && second.Elapsed > SlowRun)
        {
            runs = SlowRuns;
        }
        else
        {
            var warming = Stopwatch.StartNew();
            var quiet = Stopwatch.StartNew();
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var warmed = 0;
            while ((warmed < MinWarmUpRuns || warming.Elapsed < MinWarmUp || quiet.Elapsed < QuietFor) && warming.Elapsed < MaxWarmUp)
            {
                await run().ConfigureAwait(false);
                warmed++;
                if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
                {
                    compiled = now;
                    quiet.Restart();
                }
            }

            var each = warming.Elapsed.TotalMilliseconds / warmed;
            runs = Math.Clamp((int)(TimedBudget.TotalMilliseconds / Math.Max(each, 0.001)), MinRuns, MaxRuns);
        }

        var times = new double[runs];
        var bytes = new long[runs];
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var processor = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            // Counted over the whole process: the influence scores and the console run on other threads. Read outside
            // the clock, as a precise count stops to gather every thread's allocations.
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.GetTimestamp();
            await run().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(clock).TotalMilliseconds;
            bytes[i] = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        }

        // The process's processor time a run (the runtime's own threads included): other work on a shared machine
        // stretches the wall time of a call, much less the processor time it takes.
        process.Refresh();
        var cpu = (process.TotalProcessorTime - processor).TotalMilliseconds / runs;
        Array.Sort(times);
        Array.Sort(bytes);
        return new Row(section, call, label, runs, times[runs / 2], times[Math.Min(runs - 1, (int)(runs * 0.9))], cpu, bytes[runs / 2], items, null);
    }

    private sealed record Row(string Section, string Call, string Label, int Runs, double Median, double P90, double Cpu, long Allocated, long Items, string? Note)
    {
        public static Row NotApplicable(string section, string call, string label, string note) => new(section, call, label, 0, 0, 0, 0, 0, 0, note);
    }

    private static void Progress(string graph, Row row) =>
        Console.Error.WriteLine(row.Note is not null
            ? $"{graph}: {row.Call} {row.Label}: {row.Note}"
            : string.Create(CultureInfo.InvariantCulture, $"{graph}: {row.Call} {row.Label}: median {Milliseconds(row.Median)} ms, p90 {Milliseconds(row.P90)} ms, processor {Milliseconds(row.Cpu)} ms, {Size(row.Allocated)}, {row.Items} ({row.Runs} runs)"));

    private static string Table(string graph, List<Row> rows)
    {
        var lines = new List<string>
        {
            $"{graph} graph",
            "",
            "| | call | parameters | runs | median ms | p90 ms | processor ms a run | allocated a run | rows or items |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var row in rows)
        {
            lines.Add(row.Note is not null
                ? $"| {row.Section} | {row.Call} | {row.Label} | | | | | | {row.Note} |"
                : string.Create(CultureInfo.InvariantCulture,
                    $"| {row.Section} | {row.Call} | {row.Label} | {row.Runs} | {Milliseconds(row.Median)} | {Milliseconds(row.P90)} | {Milliseconds(row.Cpu)} | {Size(row.Allocated)} | {row.Items:N0} |"));
        }

        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    // Two or three significant figures, whatever the size: 0.0123, 0.123, 1.23, 12.3, 1,234.
    private static string Milliseconds(double ms) => ms switch
    {
        < 0.0001 => "< 0.0001",
        < 0.1 => ms.ToString("F4", CultureInfo.InvariantCulture),
        < 1 => ms.ToString("F3", CultureInfo.InvariantCulture),
        < 10 => ms.ToString("F2", CultureInfo.InvariantCulture),
        < 100 => ms.ToString("F1", CultureInfo.InvariantCulture),
        _ => ms.ToString("N0", CultureInfo.InvariantCulture),
    };

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:F1} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024 / 1024:F2} GB"),
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The nodes each call starts from: fixed on the article graph, found from fixed positions on the generated one.</summary>
    private sealed record Picks(
        bool Large, string Typical, string Hub, int HubDegree, string CommonWord, string FullName,
        IReadOnlyList<(string From, string To)> PathPairs, string ChainForward, string ChainBackward, string ShapedBy, string Shaped)
    {
        public static Picks For(string graph, GraphStore store)
        {
            var typical = QueryShapes.TypicalNode(store, 0.5);
            var hub = QueryShapes.BiggestHub(store);
            var name = (string)store.NodeProperty(store.NodesById(typical)[0], store.PropertyKeys.Find(GraphStore.NameProperty))!;
            var hubDegree = store.Degree(store.NodesById(hub)[0], Direction.Both);
            if (graph == "article")
            {
                // As LensBench and the README's lens figures have them: the CIA to the coup, the chain out of the CIA's
                // intervention and into the coup, who shaped the socialist renovation and whom Nixon shaped.
                return new(false, typical, hub, hubDegree, "allende", name, [("cia", "coup_1973")], "cia_intervention", "coup_1973", "socialist_renovation", "richard_nixon");
            }

            // Typical nodes of the relationships each lens follows: between 2 and 20 of them, found from fixed positions.
            var ledTo = store.RelationshipTypes.Find("LED_TO");
            var influenced = store.RelationshipTypes.Find("INFLUENCED");
            var eventLabel = store.Labels.Find("Event");
            string With(double position, int type, Direction direction, bool isEvent) => Find(store, position, node =>
                (!isEvent || store.HasLabel(node, eventLabel)) && store.Relationships(node, direction, type).Length is >= 2 and <= 20);
            return new(true, typical, hub, hubDegree, name.Split(' ')[0], name,
                [(QueryShapes.TypicalNode(store, 0.25), QueryShapes.TypicalNode(store, 0.55)), (QueryShapes.TypicalNode(store, 0.6), QueryShapes.TypicalNode(store, 0.9))],
                With(0.5, ledTo, Direction.Outgoing, isEvent: true), With(0.5, ledTo, Direction.Outgoing, isEvent: true),
                With(0.5, influenced, Direction.Incoming, isEvent: false), With(0.5, influenced, Direction.Outgoing, isEvent: false));
        }

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"typical node {Typical}, biggest hub {Hub} ({HubDegree:N0} relationships), search `{CommonWord}` and `{FullName}`, paths {string.Join(" and ", PathPairs.Select(x => $"{x.From} to {x.To}"))}, chain forward from {ChainForward} and backward from {ChainBackward}, influence trees of {ShapedBy} (shaped by) and {Shaped} (shaped)");

        private static string Find(GraphStore store, double position, Func<int, bool> fits)
        {
            var start = (int)(store.NodeIdLimit * position);
            var idKey = store.PropertyKeys.Find(GraphStore.IdProperty);
            for (var i = 0; i < store.NodeIdLimit; i++)
            {
                var node = (start + i) % store.NodeIdLimit;
                if (store.NodeExists(node) && fits(node))
                {
                    return (string)store.NodeProperty(node, idKey)!;
                }
            }

            throw new InvalidOperationException("No node of the generated graph fits.");
        }
    }

    /// <summary>The engine without its graph version, so that no service keeps an answer to send again.</summary>
    private sealed class Unversioned(ICypherEngine inner) : ICypherEngine
    {
        public string Name => inner.Name;

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
            inner.RunAsync(query, options, cancellationToken);
    }

    /// <summary>The services <see cref="GraphHub"/> calls, composed as the app composes them, with the caches that would answer a repeated call off.</summary>
    private sealed class Hub : IDisposable
    {
        private readonly ConsoleThreads threads = new(OptionsOf.Create(new ConsoleOptions()));

        public Hub(ICypherEngine engine, IOptions<GraphOptions> options)
        {
            Options = options;
            Runner = new GraphQueryRunner(engine, options, NullLogger<GraphQueryRunner>.Instance);
            // The categories and the schema are kept at the graph's version: an engine without one keeps them off.
            var unversioned = new Unversioned(engine);
            Elements = new LensElements(Runner, unversioned);
            Search = new GraphSearch(Runner, engine, options, OptionsOf.Create(new SearchCacheOptions { MaxHits = 0 }));
            Neighbourhood = new NeighbourhoodQuery(Runner, options, NullLogger<NeighbourhoodQuery>.Instance);
            Details = new NodeDetailsQuery(Runner);
            Schema = new GraphSchemaQuery(Runner, unversioned);
            Paths = new PathLens(Runner, Elements);
            Chain = new ChainLens(Runner, Elements);
            Index = new InfluenceIndex(Runner, engine, NullLogger<InfluenceIndex>.Instance);
            Influence = new InfluenceLens(Index, Runner, Elements, options);
            Article = NewArticle();
            Console = new CypherConsoleQuery(engine, threads, OptionsOf.Create(new ConsoleOptions()), options, NullLogger<CypherConsoleQuery>.Instance);
        }

        public IOptions<GraphOptions> Options { get; }

        public GraphQueryRunner Runner { get; }

        public LensElements Elements { get; }

        public GraphSearch Search { get; }

        public NeighbourhoodQuery Neighbourhood { get; }

        public NodeDetailsQuery Details { get; }

        public GraphSchemaQuery Schema { get; }

        public PathLens Paths { get; }

        public ChainLens Chain { get; }

        public InfluenceIndex Index { get; }

        public InfluenceLens Influence { get; }

        public ArticleIndex Article { get; }

        public CypherConsoleQuery Console { get; }

        public ArticleIndex NewArticle() => new(Runner, Elements, Options, NullLogger<ArticleIndex>.Instance);

        public void Dispose()
        {
            Search.Dispose();
            Article.Dispose();
            Elements.Dispose();
            Schema.Dispose();
            threads.Dispose();
        }
    }

    /// <summary>The real engine, keeping every query it is given and the request it came from.</summary>
    private sealed class RecordingEngine(ICypherEngine inner) : ICypherEngine
    {
        private readonly List<(string? Request, CypherQuery Query)> recorded = [];

        public string Name => inner.Name;

        /// <summary>The request the next queries come from.</summary>
        public string? Request { get; set; }

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
        {
            recorded.Add((Request, query));
            return inner.RunAsync(query, options, cancellationToken);
        }

        public int Count(string template, string? request) => Of(template, request).Count();

        /// <summary>The call of <paramref name="template"/> with the longest list parameter, of one request or of all.</summary>
        public CypherQuery? Heaviest(string template, string? request) =>
            Of(template, request).MaxBy(q => q.Parameters?.Values.OfType<System.Collections.ICollection>().Sum(c => c.Count) ?? 0);

        public string RequestOf(CypherQuery query) => recorded.First(r => ReferenceEquals(r.Query, query)).Request ?? "unknown request";

        private IEnumerable<CypherQuery> Of(string template, string? request) =>
            recorded.Where(r => r.Query.Text == template && (request is null || r.Request == request)).Select(r => r.Query);
    }
}
