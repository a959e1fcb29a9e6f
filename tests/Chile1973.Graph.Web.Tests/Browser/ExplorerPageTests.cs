using System.Globalization;
using System.Text;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

[Collection(ExplorerServerCollection.Name)]
public sealed class ExplorerPageTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int TimedExpansions = 20;

    private readonly GraphFacts facts = GraphFacts.Load();
    private readonly List<string> consoleErrors = [];
    private IBrowserContext context = null!;
    private ExplorerPage explorer = null!;

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);
        explorer = new ExplorerPage(page);
        await page.GotoAsync("/");
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task Page_opens_on_the_coup_and_its_first_ring_never_a_blank_canvas()
    {
        await explorer.WaitForNodeAsync(facts.StartNodeId);

        Assert.True(await explorer.NodeCountAsync() > 3);
        var startName = await explorer.Page.EvaluateAsync<string>("id => window.explorer.graph.nodeData(id).label", facts.StartNodeId);
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(startName);
        await Assertions.Expect(explorer.Page.Locator("#connection-state")).ToContainTextAsync("Connected");
        await explorer.WaitForLayoutAsync();
        await explorer.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "first-view.png") });
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task A_reader_finds_Allende_opens_him_expands_his_party_and_reads_a_quote()
    {
        var page = explorer.Page;
        await explorer.WaitForNodeAsync(facts.StartNodeId);

        // Search and open.
        await explorer.SearchInput.FillAsync(facts.Person.Search);
        var option = explorer.SearchResults.GetByRole(AriaRole.Option, new() { Name = facts.Person.Name });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await explorer.SearchInput.PressAsync("Enter");

        // His party and the coup are in the graph, his details in the panel.
        await explorer.WaitForNodeAsync(facts.Person.Id);
        await explorer.WaitForNodeAsync(facts.Party.Id);
        Assert.True(await explorer.HasNodeAsync(facts.Coup.Id));
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(facts.Person.Name);
        await Assertions.Expect(explorer.Details.Locator(".rel", new() { HasText = facts.Party.Name }).First).ToBeVisibleAsync();

        // A second ring: double-click the party on the canvas once opening Allende has finished.
        await explorer.WaitForLayoutAsync();
        var nodesBefore = await explorer.NodeCountAsync();
        var expansionsBefore = await explorer.ExpansionCountAsync();
        await explorer.ExpandByDoubleClickAsync(facts.Party.Id);
        await explorer.WaitForExpansionsAsync(expansionsBefore + 1);
        await page.WaitForFunctionAsync("n => window.explorer.graph.cy.nodes().length > n", nodesBefore);

        // Read a quote: select the party from the node list and find Allende's membership with its source.
        await explorer.NodeList.GetByRole(AriaRole.Button, new() { Name = facts.Party.Name, Exact = false }).First.ClickAsync();
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(facts.Party.Name);
        var membership = explorer.Details.Locator(".rel", new() { HasText = facts.Person.Name }).First;
        await Assertions.Expect(membership.Locator(".quote")).ToContainTextAsync(facts.QuoteOfMembership);

        await explorer.WaitForLayoutAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "allende-journey.png") });
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Clicking_an_edge_shows_the_quote_that_supports_the_relationship()
    {
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.WaitForLayoutAsync();
        // An edge whose middle no node covers and no other edge passes near, so the click lands on it.
        var edge = await explorer.Page.EvaluateAsync<string>("""
            () => {
              const cy = window.explorer.graph.cy;
              const distance = (p, a, b) => {
                const dx = b.x - a.x, dy = b.y - a.y;
                const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
                return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
              };
              const clear = (e) => {
                const m = e.midpoint();
                return cy.nodes().every((n) => { const b = n.boundingBox(); return m.x < b.x1 - 5 || m.x > b.x2 + 5 || m.y < b.y1 - 5 || m.y > b.y2 + 5; })
                  && cy.edges().every((o) => o === e || distance(m, o.sourceEndpoint(), o.targetEndpoint()) > 12);
              };
              return cy.edges().filter((e) => e.data('quote') && clear(e)).first().id();
            }
            """);
        var quote = await explorer.Page.EvaluateAsync<string>("id => window.explorer.graph.cy.getElementById(id).data('quote')", edge);

        await explorer.ClickEdgeAsync(edge);

        await Assertions.Expect(explorer.Details.Locator(".quote")).ToContainTextAsync(quote);
    }

    [Fact]
    public async Task Search_is_usable_from_the_keyboard_alone()
    {
        var input = explorer.SearchInput;
        await explorer.WaitForNodeAsync(facts.StartNodeId);

        await input.FocusAsync();
        await input.PressSequentiallyAsync(facts.Person.Search[..3]);
        await Assertions.Expect(explorer.SearchResults).ToBeVisibleAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", "search-option-0");
        var options = await explorer.SearchResults.GetByRole(AriaRole.Option).CountAsync();
        if (options > 1)
        {
            await input.PressAsync("ArrowDown");
            await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", "search-option-1");
            await input.PressAsync("ArrowUp");
        }

        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", "search-option-0");
        await input.PressAsync("Escape");
        await Assertions.Expect(explorer.SearchResults).ToBeHiddenAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Every_visible_node_is_reachable_from_the_keyboard_through_the_node_list()
    {
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        var count = await explorer.NodeCountAsync();

        await Assertions.Expect(explorer.NodeList.Locator(".node-item")).ToHaveCountAsync(count);
        var first = explorer.NodeList.Locator(".node-item").First;
        await first.FocusAsync();
        await explorer.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(first).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync((await first.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Large_type_enlarges_the_page_text_for_projectors()
    {
        var button = explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Large type" });
        var before = await explorer.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize");

        await button.ClickAsync();

        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        var after = await explorer.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize");
        Assert.True(Pixels(after) > Pixels(before), $"font size {before} -> {after}");
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.WaitForLayoutAsync();
        await explorer.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "large-type.png") });
        await button.ClickAsync();
    }

    [Fact]
    public async Task Undo_removes_what_the_last_expansion_added()
    {
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.WaitForLayoutAsync();
        var target = await NodeWithMoreNeighboursAsync();
        var before = await ElementCountAsync();
        var expansions = await explorer.ExpansionCountAsync();

        await explorer.ExpandByDoubleClickAsync(target);
        await explorer.WaitForExpansionsAsync(expansions + 1);
        await explorer.Page.WaitForFunctionAsync("n => window.explorer.graph.cy.elements().length > n", before);
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        Assert.Equal(before, await ElementCountAsync());
    }

    /// <summary>
    /// Measures double-click to first ring drawn, 20 times, and reports the median with the server's
    /// time for the ring. A measurement, not a speed target: targets live in the benchmarks.
    /// </summary>
    [Fact]
    public async Task Double_click_to_first_ring_drawn_is_measured_over_twenty_expansions()
    {
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.WaitForLayoutAsync();
        var target = await NodeWithMoreNeighboursAsync();
        var undo = explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Undo" });
        var client = new List<double>();
        var serverSide = new List<double>();

        for (var i = 0; i < TimedExpansions; i++)
        {
            var expansions = await explorer.ExpansionCountAsync();
            await explorer.DoubleClickNodeAsync(target);
            await explorer.WaitForExpansionsAsync(expansions + 1);
            client.Add(await explorer.LastExpansionMillisecondsAsync());
            serverSide.Add(await explorer.LastExpansionServerMillisecondsAsync());
            await explorer.WaitForLayoutAsync();
            await undo.ClickAsync();
        }

        Assert.Equal(TimedExpansions, client.Count);
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Double-click to first ring drawn on '{target}', {TimedExpansions} runs:")
            .AppendLine(CultureInfo.InvariantCulture, $"  median {Median(client):F1} ms (min {client.Min():F1}, max {client.Max():F1})")
            .AppendLine(CultureInfo.InvariantCulture, $"  server time for ring 1: median {Median(serverSide):F2} ms (min {serverSide.Min():F2}, max {serverSide.Max():F2})")
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "expansion-timings.txt"), report, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage(report);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
    }

    private Task<int> ElementCountAsync() => explorer.Page.EvaluateAsync<int>("() => window.explorer.graph.cy.elements().length");

    private Task<string> NodeWithMoreNeighboursAsync() => explorer.Page.EvaluateAsync<string>("""
        () => {
          const cy = window.explorer.graph.cy;
          const candidates = cy.nodes().filter((n) => n.data('hasMore')).sort((a, b) => b.data('degree') - a.data('degree'));
          return candidates.first().id();
        }
        """);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Pixels(string cssSize) => double.Parse(cssSize.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
