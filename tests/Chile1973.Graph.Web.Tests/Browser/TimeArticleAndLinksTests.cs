using System.Text.Json;
using System.Text.RegularExpressions;
using Chile1973.Graph.Web.Tests.Article;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>Seeing the graph as of a date, reading the article beside it, and links that reopen a view.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed partial class TimeArticleAndLinksTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly ArticleFacts facts = ArticleFacts.Load();
    private readonly GraphFacts graph = GraphFacts.Load();
    private IBrowserContext context = null!;

    public async ValueTask InitializeAsync() => context = await NewContextAsync();

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task The_time_slider_at_1972_hides_the_coup_and_brings_it_back_at_its_day()
    {
        var explorer = await OpenAsync(context, "/");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Time", Exact = true }).ClickAsync();
        var date = explorer.Page.GetByRole(AriaRole.Textbox, new() { Name = "Date (year, year-month or year-month-day)" });

        await date.FillAsync(facts.BeforeCoup);
        await date.PressAsync("Enter");

        Assert.False(await IsDrawnAsync(explorer, facts.CoupId));
        Assert.True(await explorer.HasNodeAsync(facts.CoupId));
        Assert.Contains($"date={facts.BeforeCoup}", explorer.Page.Url, StringComparison.Ordinal);
        var slider = explorer.Page.GetByRole(AriaRole.Slider, new() { Name = "Date of the graph" });
        Assert.Equal($"{facts.BeforeCoup}-01", await MonthOfSliderAsync(explorer));

        await date.FillAsync(facts.CoupDate);
        await date.PressAsync("Enter");

        Assert.True(await IsDrawnAsync(explorer, facts.CoupId));
        await slider.FocusAsync();
        await explorer.Page.Keyboard.PressAsync("Home");
        Assert.False(await IsDrawnAsync(explorer, facts.CoupId));
        await Assertions.Expect(date).ToHaveValueAsync($"{facts.Earliest}-01");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "All time" }).ClickAsync();
        Assert.True(await IsDrawnAsync(explorer, facts.CoupId));
        Assert.Equal(12 * (int.Parse(facts.Latest, Inv) - int.Parse(facts.Earliest, Inv) + 1) - 1, int.Parse(await slider.GetAttributeAsync("max") ?? "0", Inv));
        Assert.True(await explorer.Page.Locator(".time-histogram rect").CountAsync() > 10);
    }

    [Fact]
    public async Task Playing_the_slider_moves_the_date_forward_at_the_chosen_speed()
    {
        var explorer = await OpenAsync(context, $"/?date={facts.Earliest}");
        await explorer.Page.GetByRole(AriaRole.Combobox, new() { Name = "Speed of play" }).SelectOptionAsync("12");

        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Play" }).ClickAsync();
        await explorer.Page.WaitForFunctionAsync("y => window.explorer.date > y + '-12'", facts.Earliest);
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();

        var month = await MonthOfSliderAsync(explorer);
        Assert.Matches(@"^\d{4}-01$", month);
    }

    [Fact]
    public async Task A_link_with_node_expansions_and_date_reopens_the_same_view_in_a_fresh_browser()
    {
        var first = await OpenAsync(context, $"/?node={facts.LinkNode}&date={facts.LinkDate}");
        await first.Page.EvaluateAsync("id => window.explorer.expand(id)", facts.LinkExpand);
        await first.WaitForLayoutAsync();
        var link = first.Page.Url;
        Assert.Contains($"expanded={facts.LinkExpand}", link, StringComparison.Ordinal);
        var shown = await ShownAsync(first);

        await using var fresh = await NewContextAsync();
        var second = await OpenAsync(fresh, link);

        Assert.Equal(shown, await ShownAsync(second));
        Assert.Equal(facts.LinkDate, await second.Page.EvaluateAsync<string>("() => window.explorer.date"));
        Assert.Equal(facts.LinkNode, await second.Page.EvaluateAsync<string>("() => window.explorer.selectedId"));
        await Assertions.Expect(second.Page.Locator("#details-node-name")).ToHaveTextAsync(await NameAsync(second, facts.LinkNode));
        await Assertions.Expect(second.Page.GetByRole(AriaRole.Textbox, new() { Name = "Date (year, year-month or year-month-day)" })).ToHaveValueAsync(facts.LinkDate);
    }

    [Fact]
    public async Task A_link_keeps_what_the_legend_hides_and_a_fresh_page_hides_it_too()
    {
        var first = await OpenAsync(context, "/");
        // A kind drawn around the start node, other than the start node's own.
        var kind = await first.Page.EvaluateAsync<string>("id => { const cy = window.explorer.graph.cy; const own = cy.getElementById(id).data('kind'); return cy.nodes().map((n) => n.data('kind')).find((k) => k !== own); }", graph.StartNodeId);
        await first.Page.Locator($"#legend input[data-kind='{kind}']").UncheckAsync();
        await first.Page.WaitForFunctionAsync("k => new URLSearchParams(location.search).get('hideKinds') === k", kind);
        var shown = await ShownAsync(first);

        await using var fresh = await NewContextAsync();
        var second = await OpenAsync(fresh, first.Page.Url);

        await Assertions.Expect(second.Page.Locator($"#legend input[data-kind='{kind}']")).Not.ToBeCheckedAsync();
        Assert.Equal(shown, await ShownAsync(second));
        var ofKind = await second.Page.EvaluateAsync<bool[]>("k => window.explorer.graph.cy.nodes().filter((n) => n.data('kind') === k).map((n) => window.explorer.graph.isDrawn(n.id()))", kind);
        Assert.NotEmpty(ofKind);
        Assert.DoesNotContain(true, ofKind);
    }

    [Fact]
    public async Task A_link_puts_a_node_dragged_by_hand_back_where_it_was_dropped_in_a_fresh_browser()
    {
        var first = await OpenAsync(context, $"/?node={facts.LinkNode}");
        var before = await ModelPositionAsync(first, facts.LinkExpand);
        var grip = await RenderedPointAsync(first, facts.LinkExpand);
        // Towards the middle of the canvas, so the drop lands on the graph and not under a panel.
        var middle = await first.Page.EvaluateAsync<JsonElement>("() => { const b = window.explorer.graph.visibleBox(); const r = window.explorer.graph.cy.container().getBoundingClientRect(); return { x: r.left + (b.x1 + b.x2) / 2, y: r.top + (b.y1 + b.y2) / 2 }; }");
        var drop = (X: grip.X + (Coordinate(middle, "x") > grip.X ? DragX : -DragX), Y: grip.Y + (Coordinate(middle, "y") > grip.Y ? DragY : -DragY));

        await first.Page.Mouse.MoveAsync(grip.X, grip.Y);
        await first.Page.Mouse.DownAsync();
        await first.Page.Mouse.MoveAsync(drop.X, drop.Y, new() { Steps = 12 });
        await first.Page.Mouse.UpAsync();
        await first.Page.WaitForFunctionAsync("id => (new URLSearchParams(location.search).get('pos') ?? '').startsWith(id + ':')", facts.LinkExpand);

        var dropped = await ModelPositionAsync(first, facts.LinkExpand);
        var zoom = await first.Page.EvaluateAsync<double>("() => window.explorer.graph.cy.zoom()");
        Assert.True(Math.Abs(dropped.X - before.X) > DragX / zoom / 2 || Math.Abs(dropped.Y - before.Y) > DragY / zoom / 2, $"the node stayed at {before} after the drag");
        var link = first.Page.Url;
        var nodes = await NodeIdsAsync(first);

        await using var fresh = await NewContextAsync();
        var second = await OpenAsync(fresh, link);

        var placed = await ModelPositionAsync(second, facts.LinkExpand);
        Assert.True(Math.Abs(placed.X - dropped.X) <= 1 && Math.Abs(placed.Y - dropped.Y) <= 1, $"dropped at {dropped}, drawn at {placed} from the link");
        Assert.Equal(nodes, await NodeIdsAsync(second));
        Assert.True(await second.Page.EvaluateAsync<bool>("id => window.explorer.graph.inView(id)", facts.LinkExpand));
        Assert.Equal(facts.LinkNode, await second.Page.EvaluateAsync<string>("() => window.explorer.selectedId"));
    }

    [Fact]
    public async Task Back_and_forward_move_through_the_views_the_reader_went_through()
    {
        var explorer = await OpenAsync(context, "/");
        Assert.Contains($"node={graph.StartNodeId}", explorer.Page.Url, StringComparison.Ordinal);
        await explorer.Page.EvaluateAsync("id => window.explorer.open(id)", facts.LinkNode);
        await explorer.WaitForLayoutAsync();
        Assert.Contains($"node={facts.LinkNode}", explorer.Page.Url, StringComparison.Ordinal);

        await explorer.Page.GoBackAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.explorer.view.focus === id", graph.StartNodeId);
        await explorer.WaitForLayoutAsync();
        Assert.Equal(graph.StartNodeId, await explorer.Page.EvaluateAsync<string>("() => window.explorer.selectedId"));

        await explorer.Page.GoForwardAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.explorer.view.focus === id", facts.LinkNode);
        await explorer.WaitForLayoutAsync();
        Assert.Equal(facts.LinkNode, await explorer.Page.EvaluateAsync<string>("() => window.explorer.selectedId"));
    }

    [Fact]
    public async Task Selecting_a_node_marks_its_quote_in_the_article_beside_the_graph()
    {
        var explorer = await OpenAsync(context, "/");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Article", Exact = true }).ClickAsync();
        var reader = explorer.Page.GetByRole(AriaRole.Complementary, new() { Name = "The article" });
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = facts.Title })).ToBeVisibleAsync();
        var quote = await explorer.Page.EvaluateAsync<string>("async id => (await window.explorer.nodeDetails(id)).quote", facts.CoupId);

        await explorer.Page.EvaluateAsync("id => window.explorer.select(null)", facts.CoupId);
        await explorer.NodeList.Locator($"li[data-id='{facts.CoupId}'] button").First.ClickAsync();

        var mark = reader.Locator("mark");
        await Assertions.Expect(mark).ToHaveCountAsync(1);
        Assert.Equal(ArticleFacts.Squeeze(quote), ArticleFacts.Squeeze(await mark.InnerTextAsync()));
        await Assertions.Expect(mark).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Clicking_a_paragraph_brings_the_facts_drawn_from_it_into_the_graph()
    {
        var explorer = await OpenAsync(context, "/");
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Article", Exact = true }).ClickAsync();
        var paragraph = explorer.Page.Locator("#reader .paragraph", new() { HasText = facts.PassageStart });
        var marker = paragraph.Locator(".fact-marker");
        var count = int.Parse(await marker.InnerTextAsync(), Inv);

        await paragraph.Locator(".paragraph-text").ClickAsync();
        await explorer.WaitForNodeAsync(facts.PassageNode);
        await explorer.WaitForLayoutAsync();

        var marked = await explorer.Page.EvaluateAsync<int>("() => window.explorer.graph.cy.$('.from-passage').length");
        Assert.True(marked >= count, $"{marked} elements marked on the canvas for a paragraph giving {count} facts");
        Assert.Equal(marked, await explorer.Page.EvaluateAsync<int>("() => window.explorer.graph.cy.elements().length"));
        await Assertions.Expect(paragraph).ToHaveClassAsync(new Regex("passage-current"));
        await Assertions.Expect(explorer.Page.Locator("#activity")).ToContainTextAsync("drawn from it");
    }

    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;

    // How far the drag test moves a node, in screen pixels.
    private const float DragX = 140;
    private const float DragY = 90;

    private static float Coordinate(JsonElement point, string name) => point.GetProperty(name).GetSingle();

    private static async Task<(double X, double Y)> ModelPositionAsync(ExplorerPage explorer, string id)
    {
        var p = await explorer.Page.EvaluateAsync<JsonElement>("id => window.explorer.graph.cy.getElementById(id).position()", id);
        return (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble());
    }

    private static async Task<(float X, float Y)> RenderedPointAsync(ExplorerPage explorer, string id)
    {
        var p = await explorer.Page.EvaluateAsync<JsonElement>("id => { const cy = window.explorer.graph.cy; const r = cy.container().getBoundingClientRect(); const p = cy.getElementById(id).renderedPosition(); return { x: r.left + p.x, y: r.top + p.y }; }", id);
        return (Coordinate(p, "x"), Coordinate(p, "y"));
    }

    private static async Task<List<string>> NodeIdsAsync(ExplorerPage explorer) =>
        [.. (await explorer.Page.EvaluateAsync<string[]>("() => window.explorer.graph.cy.nodes().map(n => n.id())")).Order(StringComparer.Ordinal)];

    private Task<IBrowserContext> NewContextAsync() =>
        browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, BaseURL = server.BaseAddress.ToString(), AcceptDownloads = true });

    private static async Task<ExplorerPage> OpenAsync(IBrowserContext context, string url)
    {
        var explorer = new ExplorerPage(await context.NewPageAsync());
        await explorer.Page.GotoAsync(url);
        await explorer.Page.WaitForFunctionAsync("() => window.explorer?.graph.cy.nodes().length > 0", null, new() { Timeout = 15_000 });
        await explorer.WaitForLayoutAsync();
        return explorer;
    }

    private static Task<bool> IsDrawnAsync(ExplorerPage explorer, string id) =>
        explorer.Page.EvaluateAsync<bool>("id => window.explorer.graph.isDrawn(id)", id);

    private static Task<string> MonthOfSliderAsync(ExplorerPage explorer) =>
        explorer.Page.EvaluateAsync<string>("() => { const s = document.getElementById('time-slider'); const first = Number(document.querySelector('.time-range').textContent.slice(0, 4)); const i = Number(s.value); return `${first + Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`; }");

    private static async Task<List<string>> ShownAsync(ExplorerPage explorer) =>
        [.. (await explorer.Page.EvaluateAsync<string[]>("() => window.explorer.graph.drawn().map(e => e.id())")).Order(StringComparer.Ordinal)];

    private static Task<string> NameAsync(ExplorerPage explorer, string id) =>
        explorer.Page.EvaluateAsync<string>("id => window.explorer.graph.nodeData(id).label", id);
}
