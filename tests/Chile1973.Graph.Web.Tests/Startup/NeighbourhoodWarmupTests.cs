using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Hubs;
using Xunit;
using static Chile1973.Graph.Web.Tests.Hubs.HubStreams;

namespace Chile1973.Graph.Web.Tests.Startup;

/// <summary>
/// The app walks neighbourhoods before it takes readers, so that the code their walks run is compiled for them, and
/// keeps none of those walks: a reader's first expansion is computed for it and shows what it would without them.
/// </summary>
public sealed class NeighbourhoodWarmupTests
{
    private readonly GraphFacts facts = GraphFacts.Load();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_app_walks_neighbourhoods_before_it_takes_readers_and_computes_a_reader_s_first_walk_afresh()
    {
        var warmed = new TemplateCounter();
        await using var app = new ExplorerAppFactory(e => new CountingEngine(e, warmed));
        app.StartServer();
        var walkedAtStart = warmed.Count(ExplorerQueries.RingCandidates);

        await using var connection = await app.ConnectAsync(Token);
        var rings = await connection.ReadNeighbourhoodAsync(facts.Coup.Id, 1, 80, Token);

        Assert.True(walkedAtStart > 10, $"the app walked {walkedAtStart} first rings before it took readers");
        Assert.Equal(walkedAtStart + 1, warmed.Count(ExplorerQueries.RingCandidates));
        Assert.True(rings[0].Nodes.Count > 5, "the coup's first ring must have nodes to compare");
        Assert.Equal(Shown(rings), Shown(await ReadUnwarmedAsync(facts.Coup.Id)));
    }

    [Fact]
    public async Task With_no_warm_up_time_the_app_walks_nothing_before_its_first_reader()
    {
        var counter = new TemplateCounter();
        await using var app = new ExplorerAppFactory(e => new CountingEngine(e, counter), NoWarmUp);

        app.StartServer();

        Assert.Equal(0, counter.Count(ExplorerQueries.RingCandidates));
    }

    [Fact]
    public async Task A_warm_up_whose_walks_fail_leaves_the_app_starting_and_ready()
    {
        await using var app = new ExplorerAppFactory(e => new RingFailingEngine(e));
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var ready = await client.GetAsync("health/ready", Token);

        Assert.True(ready.IsSuccessStatusCode, $"{ready.StatusCode}");
    }

    [Fact]
    public async Task With_Neo4j_the_app_walks_nothing_at_start_as_the_walks_would_be_the_server_s_work()
    {
        var explorers = new TwoEngineExplorers();
        await using (explorers)
        {
            await explorers.InitializeAsync();
            using var client = new HttpClient { BaseAddress = explorers.OnNeo4j.BaseAddress };
            using var ready = await client.GetAsync("health/ready", Token);

            var statements = explorers.Neo4jRequests.Select(r => r.Statement).ToList();

            Assert.True(ready.IsSuccessStatusCode, $"{ready.StatusCode}");
            Assert.Contains(ExplorerQueries.Probe, statements);
            Assert.DoesNotContain(ExplorerQueries.RingCandidates, statements);
        }
    }

    [Fact]
    public void A_negative_warm_up_time_is_refused_naming_the_setting()
    {
        var result = new GraphOptionsValidator().Validate(null, new GraphOptions { WarmUp = TimeSpan.FromSeconds(-1), GraphDirectory = ".", SeedsDirectory = "." });

        Assert.Contains("Graph:WarmUp must be zero (no warm-up) or more; it is -00:00:01.", result.Failures ?? []);
    }

    private static Dictionary<string, string?> NoWarmUp => new() { ["Graph:WarmUp"] = "00:00:00" };

    private static async Task<List<NeighbourhoodBatch>> ReadUnwarmedAsync(string nodeId)
    {
        await using var app = new ExplorerAppFactory(settings: NoWarmUp);
        await using var connection = await app.ConnectAsync(Token);
        return await connection.ReadNeighbourhoodAsync(nodeId, 1, 80, Token);
    }

    /// <summary>The real engine, but every ring's candidates fail as a broken graph would make them.</summary>
    private sealed class RingFailingEngine(ICypherEngine inner) : ICypherEngine
    {
        public string Name => inner.Name;

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
            query.Text == ExplorerQueries.RingCandidates
                ? throw new InvalidOperationException("The ring candidates could not be read.")
                : inner.RunAsync(query, options, cancellationToken);
    }
}
