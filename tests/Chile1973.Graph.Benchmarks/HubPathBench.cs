using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Queries;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Chile1973.Graph.Benchmarks;

/// <summary>
/// <c>--hub</c>: where the time and the allocations of one neighbourhood expansion go on the article graph, as the
/// load client asks for it (depth 1 and 2, limit 200, from many nodes): the whole walk, each of its templates with
/// the parameters the walk gave it, and the JSON the hub writes for its batches. CPU time and bytes allocated per
/// call are counted on this thread, so other work on a shared machine stretches the wall times but not these.
/// </summary>
internal static class HubPathBench
{
    private const int Starts = 60;
    private const int Rounds = 20;
    private const int LargeStarts = 20;
    private const int LargeRounds = 3;
    private const int ReplayedStarts = 600;

    /// <summary>A file of start node ids, one a line, to time instead of the typical nodes.</summary>
    public const string StartsVariable = "BENCH_STARTS";

    // SignalR's JSON hub protocol writes with the web defaults (camelCase names).
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web);

    // RingEdges as it was before it was anchored on the fresh nodes, timed beside it on the same parameters.
    private const string UnanchoredRingEdges = """
        MATCH (a)-[r]->(b)
        WHERE (a.id IN $fresh AND b.id IN $delivered) OR (b.id IN $fresh AND a.id IN $delivered)
        RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy, r.category AS category
        ORDER BY id
        """;

    // The candidates query of a wider frontier cut after each part, timed on the parameters the walks gave it: what
    // reading the frontier's neighbours, their degrees, their ids and names and sending the rows each add. The cuts
    // are taken from the template itself, up to where each frontier node's reads end.
    private static readonly string FrontierReads = ExplorerQueries.RingNeighbours[
        ..(ExplorerQueries.RingNeighbours.IndexOf("LIMIT $scan", StringComparison.Ordinal) + "LIMIT $scan".Length)] + "\n";

    private static readonly (string Part, string Text)[] CandidateParts =
    [
        ("the neighbours read", FrontierReads + "RETURN count(*) AS c } RETURN sum(c)"),
        ("read, with their degrees", FrontierReads + "WITH m, COUNT { (m)--() } AS degree RETURN sum(degree) AS c } RETURN sum(c)"),
        ("with degrees, ids and names, rows counted in the engine", ExplorerQueries.RingNeighbours.Replace("RETURN n.id AS via, id, name, degree", "RETURN count(*)", StringComparison.Ordinal)),
        ("rows sent (the template)", ExplorerQueries.RingNeighbours),
    ];

    // One node's candidates (a first ring) cut the same way: its neighbours read, collected and unwound, with their
    // degrees, the best kept.
    private static readonly string OneNodeReads = ExplorerQueries.RingCandidates[
        ..(ExplorerQueries.RingCandidates.IndexOf("LIMIT $scan", StringComparison.Ordinal) + "LIMIT $scan".Length)] + "\n";

    private static readonly (string Part, string Text)[] OneNodeParts =
    [
        ("the neighbours read", OneNodeReads + "RETURN count(*) AS c } RETURN sum(c) AS c"),
        ("read, collected and unwound", OneNodeReads + "WITH collect(m) AS read UNWIND read AS m RETURN count(*) AS c } RETURN sum(c) AS c"),
        ("with their degrees", OneNodeReads + "WITH collect(m) AS read UNWIND read AS m WITH size(read) AS unseen, m, COUNT { (m)--() } AS degree RETURN sum(degree) AS c } RETURN sum(c) AS c"),
        ("the best kept (the template)", ExplorerQueries.RingCandidates),
    ];

    // The ring edges cut after each part the same way: the relationships matched, the lowest ids kept, the columns
    // read; and beside them the form before each relationship was matched once, on the same parameters.
    private static readonly string EdgeMatch = ExplorerQueries.RingEdges[..ExplorerQueries.RingEdges.IndexOf("WITH r", StringComparison.Ordinal)];

    private const string EdgesMatchedFromBothEnds = """
        MATCH (a)-[r]-(b)
        WHERE a.id IN $fresh AND b.id IN $delivered
        WITH DISTINCT r
        ORDER BY r.id
        LIMIT $take
        RETURN r.id AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.quote AS quote,
               r.start AS startDate, r.end AS endDate, r.claimed_by AS claimedBy, r.category AS category
        """;

    private static readonly (string Part, string Text)[] EdgeParts =
    [
        ("the relationships matched", EdgeMatch + "RETURN count(*) AS c"),
        ("the relationships matched, by the form before", EdgesMatchedFromBothEnds[..EdgesMatchedFromBothEnds.IndexOf("WITH DISTINCT r", StringComparison.Ordinal)] + "RETURN count(*) AS c"),
        ("the lowest ids kept", EdgeMatch + "WITH r ORDER BY r.id LIMIT $take RETURN count(*) AS c"),
        ("columns read (the template)", ExplorerQueries.RingEdges),
        ("the form before, matched from both ends", EdgesMatchedFromBothEnds),
    ];

    /// <summary>
    /// Runs on the article graph, or with <paramref name="large"/> on the generated graph in <c>BENCH_GRAPH_DIR</c>;
    /// with <paramref name="parts"/> also a wider frontier's candidates query part by part.
    /// </summary>
    public static async Task<int> RunAsync(bool large, bool reached, bool parts)
    {
        if (large && BenchGraphs.LargeGraphDirectory is null)
        {
            Console.Error.WriteLine($"set {BenchGraphs.LargeGraphVariable} to a folder made by gen_graph.py");
            return 2;
        }

        var store = large ? BenchGraphs.LargeStore.Store : BenchGraphs.ArticleStore;
        var rounds = large ? LargeRounds : Rounds;
        var recorder = new RecordingEngine(new EmbeddedCypherEngine(store));
        // On the generated graph the limits are lifted, so the cost of a walk is measured rather than refused.
        var options = Options.Create(large ? new GraphOptions { MaxRows = 10_000_000, QueryTimeout = TimeSpan.FromMinutes(5) } : new GraphOptions());
        var neighbourhood = new NeighbourhoodQuery(new GraphQueryRunner(recorder, options, NullLogger<GraphQueryRunner>.Instance), options, NullLogger<NeighbourhoodQuery>.Instance);
        var random = new Random(17);
        var ids = Enumerable.Range(0, large ? LargeStarts : Starts).Select(_ => QueryShapes.TypicalNode(store, random.NextDouble())).ToList();
        if (Environment.GetEnvironmentVariable(StartsVariable) is { Length: > 0 } startsFile)
        {
            // The walks a load run computed (their start ids, as the app's Debug log names them), each timed once.
            ids = [.. File.ReadAllLines(startsFile).Where(static l => l.Length > 0).Take(ReplayedStarts)];
            rounds = 1;
        }

        if (reached)
        {
            // A reader expands what the page showed, and a ring shows the best connected neighbours first: the starts
            // become the three best of each typical node's first ring, as the load client comes to ask for them.
            var shown = new List<string>();
            foreach (var id in ids)
            {
                await foreach (var batch in neighbourhood.StreamAsync(id, 1, 200, CancellationToken.None).ConfigureAwait(false))
                {
                    shown.AddRange(batch.Nodes.Skip(1).Take(3).Select(n => n.Data.Id));
                }
            }

            ids = shown.Distinct(StringComparer.Ordinal).ToList();
        }


        Console.WriteLine("| stage | calls | median µs | p90 µs | CPU µs per call | KB allocated per call |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var depth in new[] { 1, 2 })
        {
            var batches = new List<NeighbourhoodBatch>();
            Print($"expansion, depth {depth}, limit 200", await MeasureAsync(rounds, ids, async id =>
            {
                batches.Clear();
                await foreach (var batch in neighbourhood.StreamAsync(id, depth, 200, CancellationToken.None).ConfigureAwait(false))
                {
                    batches.Add(batch);
                }
            }).ConfigureAwait(false));

            recorder.Recorded.Clear();
            var written = new List<NeighbourhoodBatch>();
            foreach (var id in ids)
            {
                await foreach (var batch in neighbourhood.StreamAsync(id, depth, 200, CancellationToken.None).ConfigureAwait(false))
                {
                    written.Add(batch);
                }
            }

            foreach (var template in recorder.Recorded.GroupBy(q => q.Text))
            {
                var queries = template.ToList();
                Print($"depth {depth}: {Name(template.Key)}", await MeasureAsync(rounds, queries, q => ReadAsync(recorder.Inner, q)).ConfigureAwait(false));
            }

            var outer = recorder.Recorded.Where(q => q.Text == ExplorerQueries.RingNeighbours).ToList();
            if (parts && outer.Count > 0)
            {
                foreach (var (part, text) in CandidateParts)
                {
                    Print($"depth {depth}: a wider frontier's candidates, {part}", await MeasureAsync(rounds * 3, outer.Select(q => new CypherQuery(text, q.Parameters)).ToList(), q => ReadAsync(recorder.Inner, q)).ConfigureAwait(false));
                }
            }

            var oneNode = recorder.Recorded.Where(q => q.Text == ExplorerQueries.RingCandidates).ToList();
            if (parts && oneNode.Count > 0)
            {
                foreach (var (part, text) in OneNodeParts)
                {
                    var cut = oneNode.Select(q => new CypherQuery(text, q.Parameters)).ToList();
                    var rows = part == OneNodeParts[^1].Part ? 0 : await CountAsync(recorder.Inner, cut).ConfigureAwait(false);
                    Print($"depth {depth}: one node's candidates, {part} ({rows / (double)cut.Count:F0} a call)", await MeasureAsync(rounds, cut, q => ReadAsync(recorder.Inner, q)).ConfigureAwait(false));
                }
            }

            var edgeCalls = recorder.Recorded.Where(q => q.Text == ExplorerQueries.RingEdges).ToList();
            if (parts && edgeCalls.Count > 0)
            {
                foreach (var (part, text) in EdgeParts)
                {
                    var cut = edgeCalls.Select(q => new CypherQuery(text, q.Parameters)).ToList();
                    var rows = part.StartsWith("the relationships", StringComparison.Ordinal) ? await CountAsync(recorder.Inner, cut).ConfigureAwait(false) : 0;
                    Print($"depth {depth}: ring edges, {part} ({rows / (double)cut.Count:F0} a call)", await MeasureAsync(rounds, cut, q => ReadAsync(recorder.Inner, q)).ConfigureAwait(false));
                }
            }

            if (!large)
            {
                // Each unanchored call reads every relationship: minutes on the generated graph, so only on the article graph.
                var edgeQueries = recorder.Recorded.Where(q => q.Text == ExplorerQueries.RingEdges).Select(q => new CypherQuery(UnanchoredRingEdges, q.Parameters)).ToList();
                Print($"depth {depth}: ring edges, the earlier unanchored form", await MeasureAsync(rounds, edgeQueries, q => ReadAsync(recorder.Inner, q)).ConfigureAwait(false));
            }

            var bytes = written.Sum(b => JsonSerializer.SerializeToUtf8Bytes(b, Wire).Length);
            Print($"depth {depth}: JSON of the batches ({bytes / written.Count / 1024.0:F1} KB each)",
                await MeasureAsync(rounds, written, b => { JsonSerializer.SerializeToUtf8Bytes(b, Wire); return Task.CompletedTask; }).ConfigureAwait(false));
            Print($"depth {depth}: a ring kept (its JSON written once, its ids)",
                await MeasureAsync(rounds, written, b => { b.Keep(Wire); return Task.CompletedTask; }).ConfigureAwait(false));
            var kept = written.Select(b => b.Keep(Wire)).ToList();
            Print($"depth {depth}: JSON of a kept ring sent again",
                await MeasureAsync(rounds, kept, b => { JsonSerializer.SerializeToUtf8Bytes(b, Wire); return Task.CompletedTask; }).ConfigureAwait(false));
        }

        return 0;
    }

    // The sum of the single count each cut query returns.
    private static async Task<long> CountAsync(ICypherEngine engine, IReadOnlyList<CypherQuery> queries)
    {
        long total = 0;
        foreach (var query in queries)
        {
            await using var cursor = await engine.RunAsync(query, QueryOptions.Read, CancellationToken.None).ConfigureAwait(false);
            await foreach (var record in cursor.WithCancellation(CancellationToken.None).ConfigureAwait(false))
            {
                total += Convert.ToInt64(record.Values[0], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    private static async Task ReadAsync(ICypherEngine engine, CypherQuery query)
    {
        await using var cursor = await engine.RunAsync(query, QueryOptions.Read, CancellationToken.None).ConfigureAwait(false);
        await foreach (var _ in cursor.WithCancellation(CancellationToken.None).ConfigureAwait(false))
        {
        }
    }

    private static async Task<(int Calls, double Median, double P90, double CpuMicros, double KiloBytes)> MeasureAsync<T>(int rounds, IReadOnlyList<T> inputs, Func<T, Task> run)
    {
        foreach (var input in inputs)
        {
            await run(input).ConfigureAwait(false);
        }

        var times = new List<double>(inputs.Count * rounds);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var input in inputs)
            {
                var clock = Stopwatch.GetTimestamp();
                await run(input).ConfigureAwait(false);
                times.Add(Stopwatch.GetElapsedTime(clock).TotalMicroseconds);
            }
        }

        var calls = times.Count;
        var kiloBytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / calls;
        var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
        times.Sort();
        return (calls, times[calls / 2], times[(int)(calls * 0.9)], cpuMicros, kiloBytes);
    }

    private static void Print(string stage, (int Calls, double Median, double P90, double CpuMicros, double KiloBytes) m) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {stage} | {m.Calls} | {m.Median:F0} | {m.P90:F0} | {m.CpuMicros:F0} | {m.KiloBytes:F1} |"));

    private static string Name(string template) =>
        template == ExplorerQueries.NodeElement ? "centre node (`NodeElement`)"
        : template == ExplorerQueries.RingCandidates ? "one node's ring candidates (`RingCandidates`)"
        : template == ExplorerQueries.RingNeighbours ? "a wider frontier's candidates (`RingNeighbours`)"
        : template == ExplorerQueries.RingAttachments ? "ring attachments (`RingAttachments`)"
        : template == ExplorerQueries.RingEdges ? "ring edges (`RingEdges`)"
        : template.Split('\n')[0];

    /// <summary>The real engine, keeping every query it is given so each template can be timed with real parameters.</summary>
    private sealed class RecordingEngine(ICypherEngine inner) : ICypherEngine
    {
        public ICypherEngine Inner => inner;

        public List<CypherQuery> Recorded { get; } = [];

        public string Name => inner.Name;

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
        {
            Recorded.Add(query);
            return inner.RunAsync(query, options, cancellationToken);
        }
    }
}
