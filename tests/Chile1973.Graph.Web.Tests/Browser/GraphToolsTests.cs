using System.Text.Json;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The canvas tools a reader arranges the graph with: incremental layout, hide, collapse, show more, fit and zoom.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class GraphToolsTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly GraphFacts facts = GraphFacts.Load();
    private IBrowserContext context = null!;
    private ExplorerPage explorer = null!;

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = server.BaseAddress.ToString() });
        explorer = new ExplorerPage(await context.NewPageAsync());
        await explorer.Page.GotoAsync("/");
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.WaitForLayoutAsync();
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task Expanding_a_node_leaves_every_node_already_placed_where_it_was()
    {
        var target = await NodeWithMoreNeighboursAsync(except: facts.StartNodeId);
        var before = await PositionsAsync();
        var expansions = await explorer.ExpansionCountAsync();

        await explorer.ExpandByDoubleClickAsync(target);
        await explorer.WaitForExpansionsAsync(expansions + 1);
        await explorer.Page.WaitForFunctionAsync("n => window.explorer.graph.cy.nodes().length > n", before.Count);
        await explorer.WaitForLayoutAsync();

        var after = await PositionsAsync();
        Assert.All(before, placed =>
        {
            var (x, y) = after[placed.Key];
            Assert.True(Math.Abs(x - placed.Value.X) < 0.5 && Math.Abs(y - placed.Value.Y) < 0.5, $"{placed.Key} moved from {placed.Value} to {(x, y)}");
        });
    }

    [Fact]
    public async Task Hiding_a_node_removes_it_with_its_edges_and_undo_brings_both_back()
    {
        var target = await NodeWithMoreNeighboursAsync();
        var edgesOfTarget = await EdgeCountOfAsync(target);
        var nodes = await explorer.NodeCountAsync();
        await SelectAsync(target);

        await explorer.Details.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();

        Assert.False(await explorer.HasNodeAsync(target));
        Assert.Equal(nodes - 1, await explorer.NodeCountAsync());
        Assert.Equal(0, await EdgeCountOfAsync(target));
        await UndoAsync();
        Assert.True(await explorer.HasNodeAsync(target));
        Assert.Equal(edgesOfTarget, await EdgeCountOfAsync(target));
    }

    [Fact]
    public async Task Redo_from_the_keyboard_hides_again_what_undo_brought_back()
    {
        var target = await NodeWithMoreNeighboursAsync();
        var nodes = await explorer.NodeCountAsync();
        await SelectAsync(target);
        await explorer.Details.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();
        await UndoAsync();
        Assert.True(await explorer.HasNodeAsync(target));

        await explorer.Page.Keyboard.PressAsync("Control+Shift+Z");

        Assert.False(await explorer.HasNodeAsync(target));
        Assert.Equal(nodes - 1, await explorer.NodeCountAsync());
        await Assertions.Expect(explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Undo" })).ToHaveAttributeAsync("title", $"Undo hide {await NameAsync(target)} (Ctrl+Z)");
    }

    [Fact]
    public async Task Collapsing_a_node_removes_only_the_nodes_that_hang_from_it_alone()
    {
        var leaves = await explorer.Page.EvaluateAsync<string[]>("""
            id => {
              const node = window.explorer.graph.cy.getElementById(id);
              return node.neighborhood().nodes().filter((n) => n.neighborhood().nodes().same(node)).map((n) => n.id());
            }
            """, facts.StartNodeId);
        Assert.NotEmpty(leaves);
        var nodes = await explorer.NodeCountAsync();
        await SelectAsync(facts.StartNodeId);

        await explorer.Details.GetByRole(AriaRole.Button, new() { Name = "Collapse", Exact = true }).ClickAsync();

        Assert.Equal(nodes - leaves.Length, await explorer.NodeCountAsync());
        Assert.True(await explorer.HasNodeAsync(facts.StartNodeId));
        foreach (var leaf in leaves)
        {
            Assert.False(await explorer.HasNodeAsync(leaf), $"{leaf} is still drawn");
        }

        await UndoAsync();
        Assert.Equal(nodes, await explorer.NodeCountAsync());
    }

    [Fact]
    public async Task Show_more_neighbours_adds_relationships_the_cap_held_back()
    {
        var target = await NodeWithMoreNeighboursAsync();
        await SelectAsync(target);
        var expansions = await explorer.ExpansionCountAsync();
        var relationships = await EdgeCountOfAsync(target);

        await explorer.Details.GetByRole(AriaRole.Button, new() { Name = "Show more neighbours" }).ClickAsync();
        await explorer.WaitForExpansionsAsync(expansions + 1);

        await explorer.Page.WaitForFunctionAsync(
            "([id, n]) => window.explorer.graph.cy.getElementById(id).connectedEdges().length > n", new object[] { target, relationships });
    }

    [Fact]
    public async Task Zoom_buttons_zoom_and_fit_brings_every_node_into_view()
    {
        var zoom = await ZoomAsync();

        await ClickToolAsync("Zoom in");
        Assert.True(await ZoomAsync() > zoom);
        await ClickToolAsync("Zoom out");
        await ClickToolAsync("Zoom out");
        Assert.True(await ZoomAsync() < zoom);
        await ClickToolAsync("Zoom in");
        await ClickToolAsync("Zoom in");
        await ClickToolAsync("Zoom in");
        await ClickToolAsync("Fit");

        var outside = await explorer.Page.EvaluateAsync<int>("""
            () => {
              const cy = window.explorer.graph.cy;
              const view = cy.extent();
              return cy.nodes().filter((n) => { const p = n.position(); return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2; }).length;
            }
            """);
        Assert.Equal(0, outside);
    }

    private async Task ClickToolAsync(string name)
    {
        await explorer.Page.GetByRole(AriaRole.Toolbar, new() { Name = "Graph tools" }).GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();
        await explorer.Page.WaitForFunctionAsync("() => !window.explorer.graph.cy.animated()");
    }

    private Task<string> NameAsync(string id) => explorer.Page.EvaluateAsync<string>("id => window.explorer.graph.nodeData(id)?.label ?? window.explorer.cachedDetails(id)?.name", id);

    private async Task SelectAsync(string id)
    {
        var name = await NameAsync(id);
        await explorer.NodeList.GetByRole(AriaRole.Button, new() { Name = name, Exact = false }).First.ClickAsync();
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(name);
    }

    private Task UndoAsync() => explorer.Page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

    private Task<double> ZoomAsync() => explorer.Page.EvaluateAsync<double>("() => window.explorer.graph.cy.zoom()");

    private Task<int> EdgeCountOfAsync(string id) =>
        explorer.Page.EvaluateAsync<int>("id => window.explorer.graph.cy.getElementById(id).connectedEdges().length", id);

    /// <summary>The drawn node with the most relationships not drawn yet (the page marks it as having more).</summary>
    private Task<string> NodeWithMoreNeighboursAsync(string? except = null) => explorer.Page.EvaluateAsync<string>("""
        except => window.explorer.graph.cy.nodes()
          .filter((n) => n.data('hasMore') && n.id() !== except)
          .sort((a, b) => (b.data('degree') - b.connectedEdges().length) - (a.data('degree') - a.connectedEdges().length))
          .first().id()
        """, except);

    private async Task<Dictionary<string, (double X, double Y)>> PositionsAsync()
    {
        var json = await explorer.Page.EvaluateAsync<JsonElement>("() => window.explorer.graph.cy.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') }))");
        return json.EnumerateArray().ToDictionary(
            e => e.GetProperty("id").GetString()!,
            e => (e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble()));
    }
}
