using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Lenses;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The influence lens as a reader uses it: the ranked table with its evidence, node size by score, and who shaped whom.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class InfluenceLensTests(ExplorerServer server, BrowserFixture browser) : LensBrowserTest(server, browser), IClassFixture<BrowserFixture>
{
    private static readonly HashSet<string> Actors = ["Person", "Party", "Coalition", "Organization", "MilitaryUnit"];

    [Fact]
    public async Task The_ranked_table_lists_the_top_actors_with_their_strongest_evidence_and_sizes_them_by_score()
    {
        var ranking = await Hub.InvokeAsync<InfluenceRanking>("GetInfluence", new InfluenceRequest(100), Token);
        var top = ranking.Items.Where(i => Actors.Contains(i.Kind)).Take(5).ToList();

        await Lens.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Influence" }).ClickAsync();
        await Lens.WaitForLensAsync(1);

        var rows = Lens.Body.Locator(".influence-table tbody tr");
        for (var i = 0; i < top.Count; i++)
        {
            await Assertions.Expect(rows.Nth(i)).ToHaveAttributeAsync("data-id", top[i].Id);
            await Assertions.Expect(rows.Nth(i).Locator("td").Nth(1)).ToContainTextAsync(top[i].Name);
            if (top[i].Evidence?.Data.Quote is { } quote)
            {
                await Assertions.Expect(rows.Nth(i).Locator("blockquote")).ToContainTextAsync(quote);
            }
        }

        // Opening the top actor draws it larger than any node the ranking leaves out.
        await rows.First.GetByRole(AriaRole.Button, new() { Name = top[0].Name }).ClickAsync();
        await Lens.Explorer.WaitForNodeAsync(top[0].Id);
        await Lens.Explorer.WaitForLayoutAsync();
        var ranked = ranking.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var widths = await Lens.Page.EvaluateAsync<Dictionary<string, double>>("""
            () => Object.fromEntries(window.explorer.graph.cy.nodes().map((n) => [n.id(), n.width()]))
            """);
        var unranked = widths.Where(w => !ranked.Contains(w.Key)).ToList();
        Assert.NotEmpty(unranked);
        Assert.All(unranked, w => Assert.True(widths[top[0].Id] > w.Value, $"{w.Key} is as large as {top[0].Id}"));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Who_shaped_a_node_lists_its_shapers_with_quotes_and_draws_the_tree_in_the_spotlight()
    {
        var name = (await Hub.InvokeAsync<NodeDetails>("GetNode", Facts.InfluenceNode, Token)).Name;
        var expected = await Hub.ReadInfluenceTreeAsync(Facts.InfluenceNode, InfluenceLens.ShapedBy, 2, Token);
        await Lens.OpenBySearchAsync(Facts.InfluenceNode, name);

        await Lens.ClickNodeActionAsync("Who shaped this?");
        await Lens.WaitForLensAsync(1);

        var items = Lens.Body.Locator(".influence-tree li.step");
        await Assertions.Expect(items).ToHaveCountAsync(expected.Count);
        foreach (var shaper in Facts.ShapedBy)
        {
            await Assertions.Expect(Lens.Body.Locator($".influence-tree li.step[data-depth='1'][data-to='{shaper}']")).ToHaveCountAsync(1);
        }

        foreach (var step in expected)
        {
            var item = Lens.Body.Locator($"li.step[data-edge='{step.Edge.Data.Id}']");
            await Assertions.Expect(item).ToHaveAttributeAsync("data-depth", step.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (step.Edge.Data.Quote is { } quote)
            {
                await Assertions.Expect(item.Locator("> blockquote")).ToContainTextAsync(quote);
            }

            Assert.Contains("lens-on", (await Lens.ClassesAsync(step.Edge.Data.Id))!);
        }
    }

    [Fact]
    public async Task A_link_to_who_shaped_a_node_reopens_the_same_tree_at_the_same_depth_in_a_fresh_page()
    {
        await Lens.OpenBySearchAsync(Facts.InfluenceNode, (await Hub.InvokeAsync<NodeDetails>("GetNode", Facts.InfluenceNode, Token)).Name);
        await Lens.ClickNodeActionAsync("Who shaped this?");
        await Lens.WaitForLensAsync(1);
        await Lens.Body.GetByLabel("Levels").SelectOptionAsync("3");
        await Lens.WaitForLensAsync(2);
        var tree = await TreeAsync(Lens);
        var link = Lens.Page.Url;
        Assert.Contains("lens=influence", link, StringComparison.Ordinal);

        var fresh = await OpenInNewContextAsync(link);
        await fresh.WaitForLensAsync(1);

        await Assertions.Expect(fresh.Body.GetByLabel("Levels")).ToHaveValueAsync("3");
        Assert.Equal(tree, await TreeAsync(fresh));
        await Assertions.Expect(fresh.Panel.Locator("#lens-title")).ToHaveTextAsync((await Lens.Panel.Locator("#lens-title").TextContentAsync())!);
        Assert.Empty(PageErrors);
    }

    /// <summary>The tree as the side panel lists it: each step's level, edge and text, in order.</summary>
    private static async Task<List<string>> TreeAsync(LensPage page) =>
        [.. await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#lens-body .influence-tree li.step')].map((s) => `${s.dataset.depth} ${s.dataset.edge} ${s.textContent}`)")];
}
