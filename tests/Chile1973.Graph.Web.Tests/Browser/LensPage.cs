using System.Text.Json;
using Microsoft.Playwright;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The lens section of the explorer page as a reader drives it, and reads of what the canvas draws.</summary>
internal sealed class LensPage(ExplorerPage explorer)
{
    public IPage Page => explorer.Page;

    public ExplorerPage Explorer => explorer;

    public ILocator Panel => Page.Locator("#lens-panel");

    public ILocator Body => Page.Locator("#lens-body");

    public ILocator Toolbar => Page.GetByRole(AriaRole.Toolbar, new() { Name = "Graph tools" });

    /// <summary>Finds a node by its name in the search box and opens it, as a reader would.</summary>
    public async Task OpenBySearchAsync(string id, string name)
    {
        await explorer.SearchInput.FillAsync(name);
        var option = explorer.SearchResults.GetByRole(AriaRole.Option).Filter(new() { Has = Page.Locator(".hit-name", new() { HasTextString = name }) }).First;
        await option.ClickAsync();
        await explorer.WaitForNodeAsync(id);
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(name);
        await explorer.WaitForLayoutAsync();
    }

    /// <summary>Clicks a lens action in the details of the selected node.</summary>
    public Task ClickNodeActionAsync(string label) =>
        explorer.Details.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();

    /// <summary>The classes of an element on the canvas, or null when it is not drawn.</summary>
    public Task<string[]?> ClassesAsync(string id) =>
        Page.EvaluateAsync<string[]?>("id => { const e = window.explorer.graph.cy.getElementById(id); return e.empty() ? null : e.classes(); }", id);

    /// <summary>Each drawn edge's ends and category, by id.</summary>
    public async Task<Dictionary<string, (string Source, string Target, string? Category, string? Quote, bool Visible)>> EdgesAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>("""
            () => window.explorer.graph.cy.edges().map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target'),
              category: e.data('category') ?? null, quote: e.data('quote') ?? null, visible: window.explorer.graph.isDrawn(e.id()) }))
            """);
        return json.EnumerateArray().ToDictionary(
            e => e.GetProperty("id").GetString()!,
            e => (e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!,
                e.GetProperty("category").GetString(), e.GetProperty("quote").GetString(), e.GetProperty("visible").GetBoolean()));
    }

    /// <summary>Each drawn node's rendered position (canvas pixels) and classes, by id.</summary>
    public async Task<Dictionary<string, (double X, double Y, string[] Classes, bool Visible)>> NodesAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>("""
            () => window.explorer.graph.cy.nodes().map((n) => ({ id: n.id(), x: n.renderedPosition('x'), y: n.renderedPosition('y'), classes: n.classes(), visible: window.explorer.graph.isDrawn(n.id()) }))
            """);
        return json.EnumerateArray().ToDictionary(
            e => e.GetProperty("id").GetString()!,
            e => (e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble(),
                e.GetProperty("classes").EnumerateArray().Select(c => c.GetString()!).ToArray(), e.GetProperty("visible").GetBoolean()));
    }

    /// <summary>Waits until the last lens request has drawn its answer and the view has stopped moving.</summary>
    public async Task WaitForLensAsync(int answers)
    {
        await Page.WaitForFunctionAsync("n => window.explorer.lensMetrics.length >= n", answers, new() { Timeout = 20_000 });
        await explorer.WaitForLayoutAsync();
    }

    /// <summary>Appends the lens timings the page measured (request to answer drawn) to TestResults/explorer/lens-timings.jsonl.</summary>
    public async Task SaveTimingsAsync()
    {
        var timings = await Page.EvaluateAsync<JsonElement>("() => window.explorer.lensMetrics");
        await File.AppendAllLinesAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "lens-timings.jsonl"),
            timings.EnumerateArray().Select(t => t.GetRawText()));
    }
}
