using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The explorer page as a user drives it, plus reads of the graph's state through <c>window.explorer</c>.</summary>
internal sealed class ExplorerPage(IPage page)
{
    public IPage Page => page;

    public ILocator SearchInput => page.GetByRole(AriaRole.Combobox, new() { Name = "Search people, parties, events, places" });

    public ILocator SearchResults => page.GetByRole(AriaRole.Listbox, new() { Name = "Search results" });

    public ILocator Details => page.Locator("#details-body");

    public ILocator NodeList => page.Locator("#node-list");

    public Task<bool> HasNodeAsync(string id) => page.EvaluateAsync<bool>("id => window.explorer.graph.has(id)", id);

    public Task WaitForNodeAsync(string id) =>
        page.WaitForFunctionAsync("id => window.explorer?.graph.has(id)", id, new() { Timeout = 15_000 });

    public Task<int> NodeCountAsync() => page.EvaluateAsync<int>("() => window.explorer.graph.cy.nodes().length");

    public Task<int> ExpansionCountAsync() => page.EvaluateAsync<int>("() => window.explorer.metrics.expansions.length");

    public Task WaitForExpansionsAsync(int count) =>
        page.WaitForFunctionAsync("n => window.explorer.metrics.expansions.length >= n", count, new() { Timeout = 15_000 });

    /// <summary>Waits until no open or expansion is in flight and the view has stopped moving.</summary>
    public Task WaitForLayoutAsync() => page.EvaluateAsync("() => window.explorer.idle()");

    /// <summary>
    /// Double-clicks a node on the canvas until the page asks for that node's neighbourhood: the view can still move
    /// between reading the node's place and the click landing (a panel that grows when its details arrive pans the
    /// canvas), and a click that lands on a neighbour expands the neighbour. Callers wait for the expansion to be drawn;
    /// clicking again while it streams would restart it, so a slow server must not look like a miss. Three misses fail.
    /// </summary>
    public async Task ExpandByDoubleClickAsync(string id)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = await page.EvaluateAsync<int>("id => window.explorer.metrics.requested.filter(r => r === id).length", id);
            await DoubleClickNodeAsync(id);
            try
            {
                await page.WaitForFunctionAsync(
                    "([id, n]) => window.explorer.metrics.requested.filter(r => r === id).length > n",
                    new object[] { id, before }, new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Double-clicks a node where it is drawn on the canvas.</summary>
    public async Task DoubleClickNodeAsync(string id)
    {
        await WaitForLayoutAsync();
        var (x, y) = await NodePointAsync(id);
        await page.Mouse.DblClickAsync(x, y);
    }

    /// <summary>
    /// Where a node is drawn now, in page coordinates (the canvas's place plus the node's on it): its middle, or another
    /// point of it that no other node's shape covers and no panel lies over, since a click or hover there goes to what
    /// is above; a node out of sight is centred first.
    /// </summary>
    public async Task<(float X, float Y)> NodePointAsync(string id)
    {
        var point = await page.EvaluateAsync<JsonElement>("""
            id => {
              const cy = window.explorer.graph.cy;
              const box = cy.container().getBoundingClientRect();
              const node = cy.getElementById(id);
              const pick = () => {
                const p = node.renderedPosition();
                const w = node.renderedWidth() / 3, h = node.renderedHeight() / 3;
                const others = cy.nodes().not(node).map((o) => o.renderedBoundingBox({ includeLabels: false }));
                // On the canvas itself: not outside its box, nor under a panel or a message laid over it.
                const shown = (q) => q.x > 0 && q.y > 0 && q.x < box.width && q.y < box.height
                  && cy.container().contains(document.elementFromPoint(box.left + q.x, box.top + q.y));
                return [[0, 0], [-w, 0], [w, 0], [0, -h], [0, h]]
                  .map(([dx, dy]) => ({ x: p.x + dx, y: p.y + dy }))
                  .find((q) => shown(q) && others.every((b) => q.x < b.x1 || q.x > b.x2 || q.y < b.y1 || q.y > b.y2));
              };
              // A node drawn out of sight is brought into view first, as a reader would pan to it.
              let free = pick();
              if (!free) {
                cy.center(node);
                free = pick() ?? node.renderedPosition();
              }
              return { x: box.left + free.x, y: box.top + free.y };
            }
            """, id);
        return (point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
    }

    /// <summary>Clicks the middle of an edge where it is drawn on the canvas.</summary>
    public async Task ClickEdgeAsync(string id)
    {
        await WaitForLayoutAsync();
        var point = await page.EvaluateAsync<JsonElement>("""
            id => {
              const cy = window.explorer.graph.cy;
              const box = cy.container().getBoundingClientRect();
              const p = cy.getElementById(id).renderedMidpoint();
              return { x: box.left + p.x, y: box.top + p.y };
            }
            """, id);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
    }

    public async Task<double> LastExpansionMillisecondsAsync() =>
        double.Parse((await page.EvaluateAsync<JsonElement>("() => window.explorer.metrics.expansions.at(-1).ms")).GetRawText(), CultureInfo.InvariantCulture);

    public async Task<double> LastExpansionServerMillisecondsAsync() =>
        double.Parse((await page.EvaluateAsync<JsonElement>("() => window.explorer.metrics.expansions.at(-1).serverMs")).GetRawText(), CultureInfo.InvariantCulture);
}
