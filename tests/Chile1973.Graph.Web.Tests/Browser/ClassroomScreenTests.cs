using System.Globalization;
using System.Text.Json;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>
/// The explorer on a projector (1280×720) and a laptop (1366×768), with and without large type
/// (issue 18): the node a reader opens is drawn clear of every box over the canvas, and no two
/// labels are drawn on top of each other. A screenshot of each case goes to TestResults/explorer.
/// </summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class ClassroomScreenTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly GraphFacts facts = GraphFacts.Load();

    public static TheoryData<int, int, bool> Screens => new()
    {
        { 1280, 720, false },
        { 1280, 720, true },
        { 1366, 768, false },
        { 1366, 768, true },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_node_opened_through_search_is_drawn_clear_of_every_overlay_with_no_overlapping_labels(int width, int height, bool largeType)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = server.BaseAddress.ToString() });
        var explorer = await OpenAsync(context);
        if (largeType)
        {
            await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Large type" }).ClickAsync();
        }

        await OpenThroughSearchAsync(explorer, facts.Classroom, facts.ClassroomRings);

        var view = await ScreenAsync(explorer.Page, facts.Classroom.Id);
        var name = $"classroom-{width}x{height}{(largeType ? "-large-type" : "")}.png";
        await explorer.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name) });

        Assert.True(view.Canvas.Contains(view.Node), $"{facts.Classroom.Id} at {view.Node} is not inside the canvas {view.Canvas}");
        Assert.NotEmpty(view.Overlays);
        Assert.All(view.Overlays, overlay => Assert.False(overlay.Box.Intersects(view.Node), $"{facts.Classroom.Id} at {view.Node} lies under {overlay.Name} at {overlay.Box}"));
        Assert.Contains(view.Labels, label => label.Id == facts.Classroom.Id);
        for (var i = 0; i < view.Labels.Count; i++)
        {
            for (var j = i + 1; j < view.Labels.Count; j++)
            {
                Assert.False(view.Labels[i].Box.Intersects(view.Labels[j].Box), $"the labels of {view.Labels[i].Id} {view.Labels[i].Box} and {view.Labels[j].Id} {view.Labels[j].Box} overlap");
            }
        }
    }

    [Fact]
    public async Task Hovering_a_node_whose_label_was_shortened_or_hidden_draws_its_full_name()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 }, BaseURL = server.BaseAddress.ToString() });
        var explorer = await OpenAsync(context);
        await explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Large type" }).ClickAsync();
        await OpenThroughSearchAsync(explorer, facts.Classroom, facts.ClassroomRings);
        var folded = await explorer.Page.EvaluateAsync<JsonElement>("""
            () => {
              const cy = window.explorer.graph.cy;
              const inside = (n) => { const p = n.renderedPosition(); return p.x > 40 && p.y > 40 && p.x < cy.width() / 2 && p.y < cy.height() - 60; };
              // A node another node's shape covers would give the hover to that one: pick one the pointer reaches alone.
              const alone = (n) => { const p = n.renderedPosition(); return cy.nodes().not(n).every((o) => { const b = o.renderedBoundingBox({ includeLabels: false }); return p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2; }); };
              const n = cy.nodes().filter((n) => n.style('label') !== n.data('label') || n.style('text-wrap') === 'ellipsis').filter(inside).filter(alone).first();
              return { id: n.id(), name: n.data('label') };
            }
            """);
        var id = folded.GetProperty("id").GetString()!;

        await HoverAsync(explorer, id);

        Assert.Equal(folded.GetProperty("name").GetString(), await explorer.Page.EvaluateAsync<string>("id => window.explorer.graph.cy.getElementById(id).style('label')", id));
    }

    [Fact]
    public async Task On_a_projector_the_graph_takes_the_whole_width_and_P_and_L_bring_back_the_node_list_and_legend()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 }, BaseURL = server.BaseAddress.ToString() });
        var explorer = await OpenAsync(context);
        var page = explorer.Page;
        var nodeList = page.Locator("#node-list-section");
        var legendItems = page.Locator("#legend");

        Assert.Equal(1280, await page.EvaluateAsync<double>("() => document.getElementById('cy').getBoundingClientRect().width"), 0.5);
        await Assertions.Expect(nodeList).ToBeHiddenAsync();
        await Assertions.Expect(legendItems).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#details")).ToBeVisibleAsync();

        await page.Locator("#cy").FocusAsync();
        await page.Keyboard.PressAsync("p");
        await page.Keyboard.PressAsync("l");

        await Assertions.Expect(nodeList).ToBeVisibleAsync();
        await Assertions.Expect(legendItems).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Panel" })).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#details")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_tablet_in_portrait_a_tap_opens_the_details_sheet_below_the_tapped_node()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 768, Height = 1024 },
            HasTouch = true,
            IsMobile = true,
            BaseURL = server.BaseAddress.ToString(),
        });
        var explorer = await OpenAsync(context);
        var page = explorer.Page;
        await page.Locator("#details-close").TapAsync();
        await Assertions.Expect(page.Locator("#details")).ToBeHiddenAsync();
        // The neighbour of the start node drawn nearest the middle of the canvas, where a finger finds it.
        var target = await page.EvaluateAsync<string>("""
            id => {
              const cy = window.explorer.graph.cy;
              const distance = (n) => Math.hypot(n.renderedPosition('x') - cy.width() / 2, n.renderedPosition('y') - cy.height() / 2);
              return cy.getElementById(id).neighborhood('node').sort((a, b) => distance(a) - distance(b)).first().id();
            }
            """, facts.StartNodeId);
        var name = await page.EvaluateAsync<string>("id => window.explorer.graph.nodeData(id).label", target);

        var (x, y) = await explorer.NodePointAsync(target);
        await page.Touchscreen.TapAsync(x, y);

        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(name);
        await explorer.WaitForLayoutAsync();
        var view = await ScreenAsync(page, target);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "tablet-portrait.png") });
        var sheet = Assert.Single(view.Overlays, o => o.Name == "details");
        Assert.True(sheet.Box.Y1 > view.Canvas.Y1 + (view.Canvas.Height / 2), $"the details sheet {sheet.Box} is not at the bottom of {view.Canvas}");
        Assert.True(view.Canvas.Contains(view.Node));
        Assert.All(view.Overlays, overlay => Assert.False(overlay.Box.Intersects(view.Node), $"{target} at {view.Node} lies under {overlay.Name} at {overlay.Box}"));
    }

    private async Task<ExplorerPage> OpenAsync(IBrowserContext context)
    {
        var explorer = new ExplorerPage(await context.NewPageAsync());
        await explorer.Page.GotoAsync("/");
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.WaitForLayoutAsync();
        return explorer;
    }

    /// <summary>
    /// Moves the pointer onto a node until its full name is drawn: the view can still pan after the layout is idle
    /// (a details panel that grows when its text arrives moves the canvas), so the node's place is read again before
    /// each try, and the pointer leaves the canvas first so the next move is a new hover. Three misses fail.
    /// </summary>
    private static async Task HoverAsync(ExplorerPage explorer, string id)
    {
        var page = explorer.Page;
        const string fullNameDrawn = "id => { const n = window.explorer.graph.cy.getElementById(id); return n.style('label') === n.data('label') && n.style('text-wrap') === 'wrap'; }";
        for (var attempt = 1; ; attempt++)
        {
            var (x, y) = await explorer.NodePointAsync(id);
            await page.Mouse.MoveAsync(1, 1);
            await page.Mouse.MoveAsync(x, y);
            try
            {
                await page.WaitForFunctionAsync(fullNameDrawn, id, new() { Timeout = 3000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task OpenThroughSearchAsync(ExplorerPage explorer, GraphFacts.NamedNode node, int rings)
    {
        await explorer.Page.GetByRole(AriaRole.Combobox, new() { Name = "Rings to add when opening or expanding a node" }).SelectOptionAsync(rings.ToString(CultureInfo.InvariantCulture));
        await explorer.SearchInput.FillAsync(node.Search);
        await explorer.SearchResults.GetByRole(AriaRole.Option)
            .Filter(new() { Has = explorer.Page.Locator(".hit-name").GetByText(node.Name, new() { Exact = true }) })
            .ClickAsync();
        await explorer.WaitForNodeAsync(node.Id);
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(node.Name);
        await explorer.WaitForLayoutAsync();
    }

    /// <summary>
    /// What is drawn: the canvas, the node's box (shape and label), every element drawn over the
    /// canvas that is not part of it, and the box of every node label drawn (readable size, on screen).
    /// </summary>
    private static async Task<Screen> ScreenAsync(IPage page, string id)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            id => {
              const cy = window.explorer.graph.cy;
              const container = cy.container();
              const c = container.getBoundingClientRect();
              const page = (b) => ({ x1: c.left + b.x1, y1: c.top + b.y1, x2: c.left + b.x2, y2: c.top + b.y2 });
              const node = page(cy.getElementById(id).renderedBoundingBox({ includeLabels: true, includeOverlays: false }));
              const overlays = [...document.body.querySelectorAll('*')]
                .filter((el) => !container.contains(el) && !el.contains(container))
                .filter((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
                .map((el) => ({ name: el.id || el.getAttribute('class') || el.tagName.toLowerCase(), r: el.getBoundingClientRect() }))
                .filter((o) => o.r.width > 1 && o.r.height > 1 && o.r.left < c.right && o.r.right > c.left && o.r.top < c.bottom && o.r.bottom > c.top)
                .map((o) => ({ name: o.name, box: { x1: o.r.left, y1: o.r.top, x2: o.r.right, y2: o.r.bottom } }));
              const zoom = cy.zoom();
              const labels = cy.nodes()
                .filter((n) => window.explorer.graph.isDrawn(n.id()) && n.style('label') && Number(n.style('text-opacity')) > 0
                  && parseFloat(n.style('font-size')) * zoom >= parseFloat(n.style('min-zoomed-font-size')))
                .map((n) => ({ id: n.id(), box: page(n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false })) }))
                .filter((l) => l.box.x1 < c.right && l.box.x2 > c.left && l.box.y1 < c.bottom && l.box.y2 > c.top);
              return { canvas: { x1: c.left, y1: c.top, x2: c.right, y2: c.bottom }, node, overlays, labels };
            }
            """, id);
        return new Screen(
            Box.From(json.GetProperty("canvas")),
            Box.From(json.GetProperty("node")),
            [.. json.GetProperty("overlays").EnumerateArray().Select(o => new Named(o.GetProperty("name").GetString()!, Box.From(o.GetProperty("box"))))],
            [.. json.GetProperty("labels").EnumerateArray().Select(l => new Label(l.GetProperty("id").GetString()!, Box.From(l.GetProperty("box"))))]);
    }

    private sealed record Screen(Box Canvas, Box Node, IReadOnlyList<Named> Overlays, IReadOnlyList<Label> Labels);

    private sealed record Named(string Name, Box Box);

    private sealed record Label(string Id, Box Box);

    private sealed record Box(double X1, double Y1, double X2, double Y2)
    {
        public double Height => Y2 - Y1;

        public static Box From(JsonElement e) =>
            new(e.GetProperty("x1").GetDouble(), e.GetProperty("y1").GetDouble(), e.GetProperty("x2").GetDouble(), e.GetProperty("y2").GetDouble());

        public bool Contains(Box other) => other.X1 >= X1 && other.Y1 >= Y1 && other.X2 <= X2 && other.Y2 <= Y2;

        public bool Intersects(Box other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({X1:F0},{Y1:F0})-({X2:F0},{Y2:F0})");
    }
}
