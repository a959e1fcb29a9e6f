using System.Net;
using System.Text.Json.Nodes;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Startup;

/// <summary>
/// Before it says it is ready, the app computes and keeps the neighbourhoods of the graph's best-connected nodes in the
/// shapes readers ask for most: a reader's first expansion of one is sent without a query, as a walk computes it;
/// readiness says how far it got; a failure leaves the app starting.
/// </summary>
public sealed class NeighbourhoodPrefillTests
{
    private const int Prefilled = 147;
    private const int PrefillFailed = 148;

    // The shapes the prefill keeps (WarmUpPlan.Shapes): what the page and the readers ask for most.
    private static readonly (int Depth, int Limit)[] Shapes = [(1, 80), (2, 80), (1, 200), (2, 200)];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_best_connected_nodes_neighbourhood_is_sent_without_a_query_as_a_walk_computes_it()
    {
        var counter = new TemplateCounter();
        var logs = new RecordedLogs();
        await using var app = new ExplorerAppFactory(e => new CountingEngine(e, counter), Prefill(3), logs: logs);
        await using var plain = new ExplorerAppFactory();
        app.StartServer();
        var best = await MostConnectedAsync(app, 4);
        var ringQueries = RingQueries(counter);

        await using var connection = await app.ConnectAsync(Token);
        await using var walked = await plain.ConnectAsync(Token);
        foreach (var (depth, limit) in Shapes)
        {
            Assert.Equal(await RingsAsync(walked, best[0], depth, limit), await RingsAsync(connection, best[0], depth, limit));
            Assert.Equal(await RingsAsync(walked, best[2], depth, limit), await RingsAsync(connection, best[2], depth, limit));
        }

        var kept = RingQueries(counter);
        await RingsAsync(connection, best[3], 1, 80);

        var done = Assert.Single(logs.Entries, e => e.EventId.Id == Prefilled);
        Assert.Matches(@"^Kept the neighbourhoods of the 3 best-connected nodes \(12 walks\) in \d+ ms$", done.Message);
        Assert.True(ringQueries > 0, "the prefill computed the rings with the engine");
        Assert.Equal(ringQueries, kept);
        Assert.True(RingQueries(counter) > kept, "the fourth best-connected node is not kept: its expansion is walked");
    }

    [Fact]
    public async Task Until_the_neighbourhoods_are_kept_readiness_says_how_many_are()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var port = FreePorts.Next();
        await using var app = new ExplorerAppFactory(e => new HeldTemplateEngine(e, ExplorerQueries.RingCandidates, release.Task), Prefill(3), port);
        var starting = Task.Run(app.StartServer, Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        // Degraded from the start; the count once the nodes to keep are known.
        var warming = await Readiness.WaitAsync(client, (r, body) => r.StatusCode == HttpStatusCode.ServiceUnavailable && body.Contains("best-connected", StringComparison.Ordinal), Token);
        release.SetResult();
        await starting.WaitAsync(TimeSpan.FromSeconds(60), Token);
        var ready = await Readiness.WaitAsync(client, r => r.IsSuccessStatusCode, Token);

        Assert.Contains("the explorer is warming up and takes readers in a moment (the neighbourhoods of 0 of the 3 best-connected nodes are kept)", warming, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Degraded\"", warming, StringComparison.Ordinal);
        Assert.Contains("The embedded engine answers; the graph has", ready, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_walk_that_fails_leaves_the_app_ready_and_says_how_far_it_got()
    {
        var logs = new RecordedLogs();
        await using var app = new ExplorerAppFactory(e => new FailingRingEngine(e), Prefill(3), logs: logs);
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var ready = await client.GetAsync("health/ready", Token);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var failed = Assert.Single(logs.Entries, e => e.EventId.Id == PrefillFailed);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.StartsWith("Keeping the best-connected nodes' neighbourhoods stopped after 0 nodes (0 walks): a walk failed", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id == Prefilled);
    }

    // The engine's warm-up walks past the cache with the same engine: off, so a held or failing engine meets the prefill only.
    private static Dictionary<string, string?> Prefill(int nodes) => new()
    {
        ["NeighbourhoodCache:Prefill"] = nodes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Graph:WarmUp"] = "00:00:00",
    };

    private static int RingQueries(TemplateCounter counter) =>
        counter.Count(ExplorerQueries.RingCandidates) + counter.Count(ExplorerQueries.RingNeighbours);

    private static async Task<List<string>> MostConnectedAsync(ExplorerAppFactory app, int take)
    {
        var engine = app.Services.GetRequiredService<ICypherEngine>();
        await using var cursor = await engine.RunAsync(
            new CypherQuery(ExplorerQueries.MostConnectedNodes, new Dictionary<string, object?> { ["take"] = (long)take }), QueryOptions.Read, Token);
        var ids = new List<string>();
        await foreach (var record in cursor.WithCancellation(Token))
        {
            ids.Add((string)record["id"]!);
        }

        return ids;
    }

    // Each ring as the reader's client receives it, but for the time the server took to compute it.
    private static async Task<List<string>> RingsAsync(HubConnection connection, string node, int depth, int limit)
    {
        var rings = new List<string>();
        await foreach (var ring in connection.StreamAsync<JsonObject>("StreamNeighbourhood", node, depth, limit, Token))
        {
            Assert.True(ring.Remove("serverMs"), "a ring says how long the server took");
            rings.Add(ring.ToJsonString());
        }

        return rings;
    }

    /// <summary>The real engine, failing every ring's candidates as an engine's own limit would.</summary>
    private sealed class FailingRingEngine(ICypherEngine inner) : ICypherEngine, IGraphVersionSource
    {
        public string Name => inner.Name;

        public long GraphVersion => ((IGraphVersionSource)inner).GraphVersion;

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
            query.Text == ExplorerQueries.RingCandidates
                ? throw new CypherException(CypherErrorKind.ProcedureError, "Failed", "The ring's candidates could not be read.", CypherErrorPhase.Runtime)
                : inner.RunAsync(query, options, cancellationToken);
    }
}
