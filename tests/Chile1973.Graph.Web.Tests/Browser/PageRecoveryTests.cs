using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Neo4j.Testing;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>
/// The page through a server restart and a database outage: it keeps what it shows, finishes what the
/// restart cut, and says what happened in the status line.
/// </summary>
public sealed class PageRecoveryTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_keeps_its_view_and_finishes_a_cut_expansion_when_the_server_restarts_on_the_same_port()
    {
        var facts = GraphFacts.Load();
        var cutter = new RingCutter();
        var first = new ExplorerAppFactory(cutter.Wrap);
        var port = first.BaseAddress.Port;
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = first.BaseAddress.ToString() });
        var explorer = new ExplorerPage(await context.NewPageAsync());
        await OpenAndExpandAsync(explorer, facts, beforeExpanding: () => cutter.Arm());
        await cutter.WaitForHeldAsync();
        var beforeRestart = await NodeIdsAsync(explorer);
        var edgesBeforeRestart = await EdgesAsync(explorer);

        await first.DisposeAsync();
        var state = explorer.Page.Locator("#connection-state");
        await Assertions.Expect(state).ToContainTextAsync("Connection lost, reconnecting", new() { Timeout = 30_000 });
        await using var second = new ExplorerAppFactory(port: port);
        Assert.Equal(port, second.BaseAddress.Port);

        await Assertions.Expect(state).ToContainTextAsync("Reconnected · view re-synced, 1 cut stream reopened", new() { Timeout = 60_000 });
        await explorer.WaitForLayoutAsync();
        var afterRestart = await NodeIdsAsync(explorer);
        var edgesAfterRestart = await EdgesAsync(explorer);
        // The node list beside the graph names every node drawn, each once.
        var listed = (await explorer.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#node-list li')].map(li => li.dataset.id)"))
            .Order(StringComparer.Ordinal).ToList();

        await using var referenceContext = await browser.Browser.NewContextAsync(new() { BaseURL = second.BaseAddress.ToString() });
        var reference = new ExplorerPage(await referenceContext.NewPageAsync());
        await OpenAndExpandAsync(reference, facts, beforeExpanding: () => { });
        await reference.WaitForLayoutAsync();
        var uninterrupted = await NodeIdsAsync(reference);
        var uninterruptedEdges = await EdgesAsync(reference);

        Assert.Subset(afterRestart.ToHashSet(), beforeRestart.ToHashSet());
        Assert.True(afterRestart.Count > beforeRestart.Count, "the cut second ring was never drawn");
        Assert.Equal(uninterrupted, afterRestart);
        Assert.Equal(afterRestart, listed);
        // The same relationships as an uninterrupted run, each drawn once: the page re-synced and reopened the cut
        // stream without drawing an edge twice (under another id) or dropping one whose ring was cut.
        Assert.Subset(edgesAfterRestart.ToHashSet(), edgesBeforeRestart.ToHashSet());
        Assert.True(edgesAfterRestart.Count > edgesBeforeRestart.Count, "the cut second ring's edges were never drawn");
        Assert.Distinct(edgesAfterRestart.Select(e => e.Id));
        Assert.Equal(uninterruptedEdges, edgesAfterRestart);
        await Assertions.Expect(explorer.Page.Locator("#activity")).Not.ToContainTextAsync("Could not");
    }

    [Fact]
    public async Task Page_says_the_database_is_unavailable_and_opens_the_graph_by_itself_when_it_returns()
    {
        var facts = GraphFacts.Load();
        var article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
        await using var neo4j = await QueryApiStandIn.StartAsync(GraphStore.Load(article), cancellationToken: Token);
        neo4j.Down = true;
        await using var app = new ExplorerAppFactory(settings: new Dictionary<string, string?>
        {
            ["Graph:Engine"] = "Neo4j",
            ["Neo4j:Uri"] = neo4j.Uri.AbsoluteUri,
            ["Neo4j:User"] = neo4j.User,
            ["Neo4j:Password"] = neo4j.Password,
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryDelay"] = "00:00:00.050",
        });
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var explorer = new ExplorerPage(await context.NewPageAsync());
        await explorer.Page.GotoAsync("/");
        var state = explorer.Page.Locator("#connection-state");

        await Assertions.Expect(state).ToContainTextAsync("database unavailable, retrying", new() { Timeout = 30_000 });
        Assert.Equal(0, await explorer.NodeCountAsync());

        neo4j.Down = false;

        await explorer.Page.WaitForFunctionAsync("id => window.explorer.graph.has(id)", facts.StartNodeId, new() { Timeout = 60_000 });
        await Assertions.Expect(state).ToContainTextAsync($"Connected · neo4j engine · {article.Nodes.Count} nodes", new() { Timeout = 30_000 });
        await Assertions.Expect(state).Not.ToContainTextAsync("unavailable");
    }

    /// <summary>
    /// Opens the start node, then expands two rings deep the first neighbour (by id) with more to show, as a reader does.
    /// </summary>
    private static async Task OpenAndExpandAsync(ExplorerPage explorer, GraphFacts facts, Action beforeExpanding)
    {
        await explorer.Page.GotoAsync("/");
        await explorer.Page.WaitForFunctionAsync("id => window.explorer?.graph.has(id)", facts.StartNodeId, new() { Timeout = 60_000 });
        await explorer.WaitForLayoutAsync();
        await explorer.Page.Locator("#depth-select").SelectOptionAsync("2");
        var neighbour = await explorer.Page.EvaluateAsync<string>(
            "start => window.explorer.graph.cy.nodes().filter(n => n.id() !== start && n.data('hasMore')).map(n => n.id()).sort()[0]",
            facts.StartNodeId);
        var expansions = await explorer.ExpansionCountAsync();
        beforeExpanding();
        await explorer.DoubleClickNodeAsync(neighbour);
        await explorer.WaitForExpansionsAsync(expansions + 1);
    }

    private static async Task<List<string>> NodeIdsAsync(ExplorerPage explorer) =>
        [.. (await explorer.Page.EvaluateAsync<string[]>("() => window.explorer.graph.cy.nodes().map(n => n.id())")).Order(StringComparer.Ordinal)];

    /// <summary>The edges drawn, by id and by what they join, in id order.</summary>
    private static async Task<List<DrawnEdge>> EdgesAsync(ExplorerPage explorer) =>
        [.. (await explorer.Page.EvaluateAsync<string[][]>(
                "() => window.explorer.graph.cy.edges().map(e => [e.id(), e.data('source'), e.data('type'), e.data('target')])"))
            .Select(e => new DrawnEdge(e[0], e[1], e[2], e[3]))
            .OrderBy(e => e.Id, StringComparer.Ordinal)];

    private sealed record DrawnEdge(string Id, string Source, string Type, string Target);

    /// <summary>
    /// The real engine, except that once armed it answers the first ring of a neighbourhood and holds every
    /// later ring until the server goes away: a restart that cuts an expansion half-way.
    /// </summary>
    private sealed class RingCutter
    {
        private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int ringsLeft = int.MaxValue;

        public void Arm() => Volatile.Write(ref ringsLeft, 1);

        public Task WaitForHeldAsync() => held.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);

        public ICypherEngine Wrap(ICypherEngine inner) => new Engine(inner, this);

        private sealed class Engine(ICypherEngine inner, RingCutter cutter) : ICypherEngine
        {
            public string Name => inner.Name;

            public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
            {
                if (query.Text is ExplorerQueries.RingCandidates or ExplorerQueries.RingNeighbours && Interlocked.Decrement(ref cutter.ringsLeft) < 0)
                {
                    cutter.held.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                return await inner.RunAsync(query, options, cancellationToken);
            }
        }
    }
}
