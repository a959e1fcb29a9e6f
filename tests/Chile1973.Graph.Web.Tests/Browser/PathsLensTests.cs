using System.Text.Json;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Lenses;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The paths lens as a reader uses it: from a node's details or menu, drawn in place, listed as sentences, stepped through.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class PathsLensTests(ExplorerServer server, BrowserFixture browser) : LensBrowserTest(server, browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task K_shortest_paths_from_the_CIA_to_the_coup_are_drawn_distinct_in_non_decreasing_length_each_edge_joining_consecutive_nodes()
    {
        var expected = await Hub.ReadPathsAsync(Facts.PathFrom, Facts.PathTo, new PathRequest(PathRequest.KShortest, Facts.K, Facts.MaxLength), Token);
        await FindPathsAsync(PathRequest.KShortest, Facts.K, Facts.MaxLength);

        var listed = await ListedPathsAsync();
        Assert.Equal(Facts.K, listed.Count);
        Assert.Equal(expected.Select(p => p.Edges.Select(e => e.Data.Id)), listed.Select(p => p.Edges.AsEnumerable()));
        Assert.Equal(listed.Count, listed.Select(p => string.Join(' ', p.Edges)).Distinct().Count());
        Assert.Equal(listed.Select(p => p.Edges.Count).Order(), listed.Select(p => p.Edges.Count));
        var edges = await Lens.EdgesAsync();
        foreach (var path in listed)
        {
            Assert.Equal(Facts.PathFrom, path.Nodes[0]);
            Assert.Equal(Facts.PathTo, path.Nodes[^1]);
            Assert.Equal(path.Nodes.Count - 1, path.Edges.Count);
            for (var i = 0; i < path.Edges.Count; i++)
            {
                var (source, target, _, _, visible) = edges[path.Edges[i]];
                Assert.True(visible, $"{path.Edges[i]} is not drawn");
                Assert.True((source, target) == (path.Nodes[i], path.Nodes[i + 1]) || (source, target) == (path.Nodes[i + 1], path.Nodes[i]),
                    $"{path.Edges[i]} joins {source} and {target}, not step {i}'s {path.Nodes[i]} and {path.Nodes[i + 1]}");
                Assert.Contains("lens-on", (await Lens.ClassesAsync(path.Edges[i]))!);
            }
        }

        // The rest fades: a drawn node on no path is faded.
        var onPaths = listed.SelectMany(p => p.Nodes).ToHashSet(StringComparer.Ordinal);
        var nodes = await Lens.NodesAsync();
        Assert.Contains(nodes, n => !onPaths.Contains(n.Key));
        Assert.All(nodes.Where(n => !onPaths.Contains(n.Key)), n => Assert.Contains("lens-faded", n.Value.Classes));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Each_step_is_said_as_a_sentence_with_its_quote_and_stepping_through_marks_it_on_the_canvas()
    {
        var expected = await Hub.ReadPathsAsync(Facts.PathFrom, Facts.PathTo, new PathRequest(PathRequest.KShortest, 2, Facts.MaxLength), Token);
        await FindPathsAsync(PathRequest.KShortest, 2, Facts.MaxLength);
        var second = expected[1];
        var names = second.Nodes.ToDictionary(n => n.Data.Id, n => n.Data.Label, StringComparer.Ordinal);

        var steps = Lens.Body.Locator(".path").Nth(1).Locator("li.step");
        await Assertions.Expect(steps).ToHaveCountAsync(second.Edges.Count);
        for (var i = 0; i < second.Edges.Count; i++)
        {
            var edge = second.Edges[i].Data;
            await Assertions.Expect(steps.Nth(i).Locator(".step-sentence")).ToHaveTextAsync($"{names[edge.Source]} {edge.Label} {names[edge.Target]}");
            if (edge.Quote is { } quote)
            {
                await Assertions.Expect(steps.Nth(i).Locator("blockquote")).ToContainTextAsync(quote);
            }
        }

        await Lens.Body.Locator(".path").Nth(1).Locator(".path-head").ClickAsync();
        await Lens.Body.GetByRole(AriaRole.Button, new() { Name = "Next step" }).ClickAsync();

        await Assertions.Expect(Lens.Body.Locator(".path").Nth(1).Locator("li.step[aria-current=step]")).ToHaveAttributeAsync("data-edge", second.Edges[1].Data.Id);
        await Assertions.Expect(Lens.Body.Locator(".step-where")).ToHaveTextAsync($"Path 2, step 2 of {second.Length}");
        Assert.Contains("lens-step", (await Lens.ClassesAsync(second.Edges[1].Data.Id))!);
        Assert.DoesNotContain("lens-step", (await Lens.ClassesAsync(second.Edges[0].Data.Id))!);
        // Only the path being read stays in the spotlight.
        var firstOnly = expected[0].Edges.Select(e => e.Data.Id).Except(second.Edges.Select(e => e.Data.Id), StringComparer.Ordinal).First();
        Assert.Contains("lens-faded", (await Lens.ClassesAsync(firstOnly))!);
    }

    [Fact]
    public async Task Hiding_a_category_in_the_legend_hides_its_edges_and_the_paths_walk_around_it()
    {
        await FindPathsAsync(PathRequest.Shortest, 1, Facts.MaxLength);
        var first = Assert.Single(await ListedPathsAsync());
        var edges = await Lens.EdgesAsync();
        var hidden = edges[first.Edges[0]].Category!;

        await Lens.Page.Locator($"#legend input[data-category='{hidden}']").UncheckAsync();

        edges = await Lens.EdgesAsync();
        Assert.All(edges.Values.Where(e => e.Category == hidden), e => Assert.False(e.Visible));
        Assert.Contains(edges.Values, e => e.Category != hidden && e.Visible);

        await Lens.Body.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();
        await Lens.WaitForLensAsync(2);
        var around = await ListedPathsAsync();
        var allowed = await Hub.ReadPathsAsync(Facts.PathFrom, Facts.PathTo,
            new PathRequest(PathRequest.Shortest, 1, Facts.MaxLength, [.. (await Hub.InvokeAsync<List<Chile1973.Graph.Web.Lenses.CategoryCount>>("GetCategories", Token)).Select(c => c.Category).Where(c => c != hidden)]), Token);
        Assert.Equal(allowed.Select(p => p.Edges.Select(e => e.Data.Id)), around.Select(p => p.Edges.AsEnumerable()));
        edges = await Lens.EdgesAsync();
        Assert.All(around.SelectMany(p => p.Edges), id => Assert.NotEqual(hidden, edges[id].Category));
    }

    [Fact]
    public async Task Path_from_here_by_key_and_path_to_here_from_the_context_menu_name_both_ends()
    {
        var from = await NameAsync(Facts.PathFrom);
        var to = await NameAsync(Facts.PathTo);
        await Lens.OpenBySearchAsync(Facts.PathFrom, from);
        await Lens.Page.Locator("#cy").FocusAsync();
        await Lens.Page.Keyboard.PressAsync("a");
        await Assertions.Expect(Lens.Body.GetByPlaceholder("From: a person, party, event…")).ToHaveValueAsync(from);

        // The node's menu from the keyboard: select the coup in the node list, then Shift+F10 on the canvas.
        await Lens.Explorer.NodeList.GetByRole(AriaRole.Button, new() { Name = to, Exact = false }).First.ClickAsync();
        await Lens.Page.Locator("#cy").FocusAsync();
        await Lens.Page.Keyboard.PressAsync("Shift+F10");
        await Lens.Page.GetByRole(AriaRole.Menuitem, new() { Name = "Path to here" }).ClickAsync();

        await Assertions.Expect(Lens.Body.GetByPlaceholder("To: a person, party, event…")).ToHaveValueAsync(to);
        await Lens.WaitForLensAsync(1);
        await Assertions.Expect(Lens.Body.Locator(".lens-summary")).ToContainTextAsync($"from {from} to {to}");
    }

    [Fact]
    public async Task A_link_to_k_shortest_paths_reopens_the_same_paths_in_a_fresh_page_and_back_returns_to_the_node_before()
    {
        await FindPathsAsync(PathRequest.KShortest, Facts.K, Facts.MaxLength);
        var listed = await ListedPathsAsync(Lens);
        var read = await Lens.Body.Locator(".path").AllInnerTextsAsync();
        var summary = await Lens.Body.Locator(".lens-summary").InnerTextAsync();
        var link = Lens.Page.Url;
        Assert.Contains("lens=paths", link, StringComparison.Ordinal);

        var fresh = await OpenInNewContextAsync(link);
        await fresh.WaitForLensAsync(1);

        // The same paths, in the same order, said with the same sentences, dates and quotes, drawn in the spotlight.
        Assert.Equal(Said(listed), Said(await ListedPathsAsync(fresh)));
        Assert.Equal(read, await fresh.Body.Locator(".path").AllInnerTextsAsync());
        await Assertions.Expect(fresh.Body.Locator(".lens-summary")).ToHaveTextAsync(summary);
        Assert.Equal(await SpotlitAsync(Lens), await SpotlitAsync(fresh));
        await Assertions.Expect(fresh.Body.GetByLabel("Find", new() { Exact = true })).ToHaveValueAsync(PathRequest.KShortest);
        await Assertions.Expect(fresh.Body.GetByLabel("k", new() { Exact = true })).ToHaveValueAsync(Facts.K.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(fresh.Body.GetByPlaceholder("To: a person, party, event…")).ToHaveValueAsync(await NameAsync(Facts.PathTo));

        // Back: the node opened before the paths were asked for, with no lens over it; forward: the paths again.
        await Lens.Page.GoBackAsync();
        await Assertions.Expect(Lens.Panel).ToBeHiddenAsync();
        await Lens.Explorer.WaitForLayoutAsync();
        Assert.DoesNotContain("lens=", Lens.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(Lens.Explorer.Details.Locator("h3")).ToHaveTextAsync(await NameAsync(Facts.PathFrom));
        Assert.Empty(await SpotlitAsync(Lens));
        Assert.Equal(0, await Lens.Page.EvaluateAsync<int>("() => window.explorer.graph.cy.$('.lens-faded').length"));

        await Lens.Page.GoForwardAsync();
        await Lens.WaitForLensAsync(2);
        Assert.Equal(link, Lens.Page.Url);
        Assert.Equal(Said(listed), Said(await ListedPathsAsync(Lens)));
        Assert.Equal(read, await Lens.Body.Locator(".path").AllInnerTextsAsync());
        Assert.Empty(PageErrors);
    }

    private async Task FindPathsAsync(string mode, int k, int maxLength)
    {
        await Lens.OpenBySearchAsync(Facts.PathFrom, await NameAsync(Facts.PathFrom));
        await Lens.ClickNodeActionAsync("Path from here");
        await Lens.Body.GetByPlaceholder("To: a person, party, event…").FillAsync(await NameAsync(Facts.PathTo));
        await Lens.Body.GetByLabel("Find", new() { Exact = true }).SelectOptionAsync(mode);
        if (mode == PathRequest.KShortest)
        {
            await Lens.Body.GetByLabel("k", new() { Exact = true }).FillAsync(k.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Lens.Body.GetByLabel("At most (steps)").FillAsync(maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Lens.Body.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();
        await Lens.WaitForLensAsync(1);
    }

    private async Task<string> NameAsync(string id) => (await Hub.InvokeAsync<NodeDetails>("GetNode", id, Token)).Name;

    /// <summary>The paths as the side panel lists them: node ids in order and the edge of each step.</summary>
    private async Task<List<(List<string> Nodes, List<string> Edges)>> ListedPathsAsync(LensPage? page = null)
    {
        var json = await (page ?? Lens).Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('#lens-body .path')].map((p) => ({
              nodes: p.dataset.nodes.split(' '),
              edges: [...p.querySelectorAll('li.step')].map((s) => s.dataset.edge) }))
            """);
        return [.. json.EnumerateArray().Select(p => (
            p.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList(),
            p.GetProperty("edges").EnumerateArray().Select(n => n.GetString()!).ToList()))];
    }

    /// <summary>Each path as one line: its nodes in order, then its edges.</summary>
    private static List<string> Said(List<(List<string> Nodes, List<string> Edges)> paths) =>
        [.. paths.Select(p => $"{string.Join(' ', p.Nodes)} by {string.Join(' ', p.Edges)}")];

    /// <summary>The ids of what a lens puts in the spotlight on the canvas, sorted.</summary>
    private static async Task<List<string>> SpotlitAsync(LensPage page) =>
        [.. (await page.Page.EvaluateAsync<string[]>("() => window.explorer.graph.cy.$('.lens-on').map((e) => e.id())")).Order(StringComparer.Ordinal)];
}
