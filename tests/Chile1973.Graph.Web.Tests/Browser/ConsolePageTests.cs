using Chile1973.Graph.Web.Tests.CypherConsole;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The Cypher console as a reader uses it: type, run, read the table and the graph, see errors where they are, cancel.</summary>
public sealed class ConsolePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly WatchedEngine.Watch watch = new();
    private ExplorerAppFactory server = null!;
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async ValueTask InitializeAsync()
    {
        server = new ExplorerAppFactory(engine => new WatchedEngine(engine, watch), new Dictionary<string, string?> { ["Console:Timeout"] = "00:05:00" });
        context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, BaseURL = server.BaseAddress.ToString() });
        page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => window.explorer?.graph.has('coup_1973')", null, new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => window.explorer.idle()");
        await page.ClickAsync("#console summary");
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_typed_query_shows_its_rows_in_a_table_and_its_nodes_in_the_graph()
    {
        await TypeQueryAsync("MATCH (p:Person)-[r:MEMBER_OF]->(party:Party)\nRETURN p.name AS name, p, r, party ORDER BY name");
        await page.ClickAsync("#console-run");

        await WaitForResultAsync();
        var headers = await page.Locator("#console-table th").AllInnerTextsAsync();
        var names = await page.Locator("#console-table tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(["name", "p", "r", "party"], headers);
        Assert.Contains("'Salvador Allende'", names);
        Assert.True(names.Count > 1, "the query has more than one row");
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains(":Person {", await page.InnerTextAsync("#console-table tbody tr td:nth-child(2)"), StringComparison.Ordinal);
        Assert.Contains($"{names.Count} rows in", await page.InnerTextAsync("#console-summary"), StringComparison.Ordinal);
        await page.EvaluateAsync("() => window.explorer.idle()");
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.graph.has('salvador_allende') && window.explorer.graph.has('socialist_party')"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.graph.has('salvador_allende-MEMBER_OF-socialist_party')"), "the relationship returned is drawn too");
        Assert.Contains("limits: 1000 rows, 300 s", await page.InnerTextAsync("#console-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_is_shown_and_marked_at_its_line_and_column()
    {
        await TypeQueryAsync("MATCH (n)\nRETRN n");
        await page.ClickAsync("#console-run");

        var error = page.Locator("#console-error");
        await error.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("line 2, column 1", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("2", await error.GetAttributeAsync("data-line"));
        Assert.Equal("1", await error.GetAttributeAsync("data-column"));
        var marked = page.Locator("#console-editor .cm-error-mark");
        await marked.First.WaitForAsync();
        Assert.Equal("RETRN", await marked.First.InnerTextAsync());
    }

    [Fact]
    public async Task A_write_is_refused_as_read_only_and_the_graph_is_unchanged()
    {
        var drawn = await page.EvaluateAsync<int>("() => window.explorer.graph.cy.elements().length");
        await TypeQueryAsync("CREATE (:Person {id: 'intruder', name: 'Intruder'})");
        await page.ClickAsync("#console-run");

        var error = page.Locator("#console-error");
        await error.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("The console is read-only", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(drawn, await page.EvaluateAsync<int>("() => window.explorer.graph.cy.elements().length"));
        await using var check = await server.ConnectAsync(Token);
        Assert.Equal("0", await check.CountAsync("(:Person {id: 'intruder'})", Token));
    }

    [Fact]
    public async Task Cancelling_a_long_query_stops_it_on_the_server_and_the_console_runs_the_next()
    {
        await TypeQueryAsync("MATCH (a), (b), (c), (d) RETURN count(*) AS n");
        await page.ClickAsync("#console-run");
        await watch.Started.WaitAsync(TimeSpan.FromSeconds(30), Token);
        Assert.True(await page.IsEnabledAsync("#console-cancel"));

        await page.ClickAsync("#console-cancel");

        await watch.WaitStoppedAsync(TimeSpan.FromSeconds(30), Token);
        Assert.Contains("Cancelled", await page.InnerTextAsync("#console-summary"), StringComparison.Ordinal);
        await TypeQueryAsync("RETURN 'free again' AS answer");
        await page.ClickAsync("#console-run");
        await page.WaitForSelectorAsync("#console-table td:has-text(\"'free again'\")");
    }

    [Fact]
    public async Task Param_commands_set_the_parameters_the_next_query_uses()
    {
        await TypeQueryAsync(":param party => 'mir'");
        await page.ClickAsync("#console-run");
        await TypeQueryAsync("MATCH (p:Party {id: $party}) RETURN p.name AS name");
        await page.ClickAsync("#console-run");

        await WaitForResultAsync();
        Assert.Contains("\"party\": \"mir\"", await page.InputValueAsync("#console-params"), StringComparison.Ordinal);
        Assert.Equal(["'Revolutionary Left Movement'"], await page.Locator("#console-table tbody td").AllInnerTextsAsync());
    }

    [Theory]
    [InlineData("The Popular Unity's parties", "'Socialist Party'", "popular_unity")]
    [InlineData("The road from the CIA to the coup", "(:Organization {", "coup_1973")]
    [InlineData("Who the CIA funded", "'Right-wing media'", "cia")]
    [InlineData("Members of the MIR", "'Revolutionary Peasant Movement'", "mir")]
    public async Task Each_example_query_runs_and_shows_rows_and_nodes(string example, string cell, string drawnNode)
    {
        await page.SelectOptionAsync("#console-examples", new SelectOptionValue { Label = example });
        await page.ClickAsync("#console-run");

        await WaitForResultAsync();
        Assert.True(await page.IsHiddenAsync("#console-error"));
        Assert.Contains(cell, await page.InnerTextAsync("#console-table tbody"), StringComparison.Ordinal);
        await page.EvaluateAsync("() => window.explorer.idle()");
        Assert.True(await page.EvaluateAsync<bool>($"() => window.explorer.graph.has('{drawnNode}')"));
    }

    [Fact]
    public async Task Queries_run_and_saved_are_kept_in_the_browser_across_a_reload()
    {
        const string ran = "MATCH (p:Party {id: 'mir'}) RETURN p.name AS name";
        const string kept = "MATCH (p:Person) RETURN count(p) AS people";
        await TypeQueryAsync(ran);
        await page.ClickAsync("#console-run");
        await WaitForResultAsync();
        await TypeQueryAsync(kept);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync("People count");
        await page.ClickAsync("#console-save");

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.explorer?.hub.state === 'connected'", null, new() { Timeout = 15_000 });
        await page.ClickAsync("#console summary");
        await page.SelectOptionAsync("#console-history", new SelectOptionValue { Index = 1 });
        Assert.Equal(ran, await page.EvaluateAsync<string>("() => window.cypherConsole.query"));
        await page.SelectOptionAsync("#console-saved", new SelectOptionValue { Label = "People count" });
        Assert.Equal(kept, await page.EvaluateAsync<string>("() => window.cypherConsole.query"));
    }

    /// <summary>Waits for the summary of a query that ran to its end: "N row(s) in T ms".</summary>
    private Task WaitForResultAsync() =>
        page.WaitForFunctionAsync("() => /\\d+ rows? in /.test(document.querySelector('#console-summary').textContent)", null, new() { Timeout = 30_000 });

    private async Task TypeQueryAsync(string query)
    {
        var editor = page.Locator("#console-editor .cm-content");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        // Typed line by line: the editor indents and closes brackets as a person would see, so lines are inserted whole.
        await page.Keyboard.InsertTextAsync(query);
        Assert.Equal(query, await page.EvaluateAsync<string>("() => window.cypherConsole.query"));
    }
}
