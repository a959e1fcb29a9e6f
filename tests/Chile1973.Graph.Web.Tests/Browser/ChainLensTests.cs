using System.Text.Json;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Lenses;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The plot chain as a reader traces it: a timeline left to right by date, in lanes by kind, each step with its date and quote.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class ChainLensTests(ExplorerServer server, BrowserFixture browser) : LensBrowserTest(server, browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Forward_chain_from_the_CIA_intervention_reaches_the_coup_drawn_left_to_right_with_dates_never_going_back()
    {
        var name = (await Hub.InvokeAsync<NodeDetails>("GetNode", Facts.ForwardFrom, Token)).Name;
        await Lens.OpenBySearchAsync(Facts.ForwardFrom, name);

        await Lens.ClickNodeActionAsync("Trace forward");
        await Lens.WaitForLensAsync(1);

        var steps = await ListedStepsAsync();
        Assert.Contains(steps, s => s.To == Facts.ForwardReaches);
        var expected = await Hub.ReadChainAsync(Facts.ForwardFrom, new ChainRequest(ChainRequest.Forward), Token);
        Assert.Equal(expected.Select(s => s.Edge.Data.Id), steps.Select(s => s.Edge));
        AssertNeverGoesBack(steps.Select(s => s.Date), forward: true);

        // Drawn left to right: each step's node sits right of the one before, the start leftmost; nothing else is shown.
        var nodes = await Lens.NodesAsync();
        var xs = new[] { nodes[Facts.ForwardFrom].X }.Concat(steps.Select(s => nodes[s.To].X)).ToList();
        Assert.Equal(xs.Order(), xs);
        Assert.Equal(xs.Count, xs.Distinct().Count());
        var onChain = steps.SelectMany(s => new[] { s.From, s.To }).Append(Facts.ForwardFrom).ToHashSet(StringComparer.Ordinal);
        Assert.All(nodes, n => Assert.Equal(onChain.Contains(n.Key), n.Value.Visible));
        var edges = await Lens.EdgesAsync();
        Assert.All(steps, s =>
        {
            var (source, target, _, quote, visible) = edges[s.Edge];
            Assert.True(visible);
            Assert.True((source, target) == (s.From, s.To) || (source, target) == (s.To, s.From));
        });

        // Each step is captioned with its date and quote; a partial date is drawn as uncertain.
        var items = Lens.Body.Locator(".chain-steps > li");
        for (var i = 0; i < expected.Count; i++)
        {
            var step = expected[i];
            if (step.Date is { } date)
            {
                await Assertions.Expect(items.Nth(i).Locator(".step-date")).ToContainTextAsync(date);
                Assert.StartsWith(date, await CaptionAsync(step.To.Data.Id));
            }

            if (step.Edge.Data.Quote is { } quote)
            {
                await Assertions.Expect(items.Nth(i).Locator("blockquote")).ToContainTextAsync(quote);
            }

            Assert.Equal(step.Uncertain, nodes[step.To.Data.Id].Classes.Contains("uncertain"));
        }

        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task The_road_to_11_September_is_one_click_and_ends_at_the_coup_on_the_right()
    {
        await Lens.Toolbar.GetByRole(AriaRole.Button, new() { Name = "The road to 11 September" }).ClickAsync();
        await Lens.WaitForLensAsync(1);

        var steps = await ListedStepsAsync();
        Assert.Contains(steps, s => s.To == Facts.BackwardReaches);
        // Listed earliest first, so dates never decrease down the list, and the coup is the rightmost node.
        AssertNeverGoesBack(steps.Select(s => s.Date), forward: true);
        var nodes = await Lens.NodesAsync();
        var visible = nodes.Where(n => n.Value.Visible).ToList();
        Assert.Equal(Facts.BackwardFrom, visible.MaxBy(n => n.Value.X).Key);
        Assert.Equal(visible.Count, steps.Count + 1);

        await Lens.Panel.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Lens.Explorer.WaitForLayoutAsync();
        Assert.All((await Lens.NodesAsync()).Values, n => Assert.True(n.Visible));
    }

    [Fact]
    public async Task A_link_to_the_forward_chain_reopens_the_same_timeline_with_the_same_steps_in_a_fresh_page()
    {
        var name = (await Hub.InvokeAsync<NodeDetails>("GetNode", Facts.ForwardFrom, Token)).Name;
        await Lens.OpenBySearchAsync(Facts.ForwardFrom, name);
        await Lens.ClickNodeActionAsync("Trace forward");
        await Lens.WaitForLensAsync(1);
        var steps = await ListedStepsAsync(Lens);
        var read = await Lens.Body.Locator(".chain-steps > li").AllInnerTextsAsync();
        var link = Lens.Page.Url;
        Assert.Contains("lens=chain", link, StringComparison.Ordinal);

        var fresh = await OpenInNewContextAsync(link);
        await fresh.WaitForLensAsync(1);

        // The same steps in the same order, each with the same date and quote, and the same timeline left to right.
        Assert.Equal(steps, await ListedStepsAsync(fresh));
        Assert.Equal(read, await fresh.Body.Locator(".chain-steps > li").AllInnerTextsAsync());
        Assert.Equal(await TimelineAsync(Lens), await TimelineAsync(fresh));
        await Assertions.Expect(fresh.Panel.Locator("#lens-title")).ToHaveTextAsync((await Lens.Panel.Locator("#lens-title").TextContentAsync())!);
        Assert.Empty(PageErrors);
    }

    /// <summary>The nodes the timeline shows, left to right.</summary>
    private static async Task<List<string>> TimelineAsync(LensPage page) =>
        [.. (await page.NodesAsync()).Where(n => n.Value.Visible).OrderBy(n => n.Value.X).Select(n => n.Key)];

    private static void AssertNeverGoesBack(IEnumerable<string?> dates, bool forward)
    {
        var parsed = dates.Where(d => !string.IsNullOrEmpty(d)).Select(d => PartialDate.Parse(d!)).ToList();
        Assert.NotEmpty(parsed);
        for (var i = 1; i < parsed.Count; i++)
        {
            Assert.True(forward ? parsed[i] >= parsed[i - 1] : parsed[i] <= parsed[i - 1], $"{parsed[i]} comes after {parsed[i - 1]}");
        }
    }

    private Task<string> CaptionAsync(string id) => Lens.Page.EvaluateAsync<string>("id => window.explorer.graph.cy.getElementById(id).data('caption')", id);

    /// <summary>The chain's steps as the side panel lists them, earliest first.</summary>
    private async Task<List<(string From, string To, string Edge, string? Date)>> ListedStepsAsync(LensPage? page = null)
    {
        var json = await (page ?? Lens).Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('#lens-body .chain-steps > li')].map((s) => ({ from: s.dataset.from, to: s.dataset.to, edge: s.dataset.edge, date: s.dataset.date }))
            """);
        return [.. json.EnumerateArray().Select(s => (s.GetProperty("from").GetString()!, s.GetProperty("to").GetString()!, s.GetProperty("edge").GetString()!, s.GetProperty("date").GetString()))];
    }
}
