using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>Stories played in the page, and a live presentation driven from one page and followed on another.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class PresentationPageTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext context = null!;

    public async ValueTask InitializeAsync() =>
        context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, BaseURL = server.BaseAddress.ToString() });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task A_story_plays_through_with_each_steps_caption_quote_and_nodes()
    {
        var page = await OpenAsync("/");
        await page.ClickAsync("#stories-button");
        await page.ClickAsync("[data-story='road-to-11-september'] button:has-text('Play')");
        var titles = new List<string>();

        for (var i = 0; i < 7; i++)
        {
            await WaitForStepAsync(page, i);
            titles.Add(await page.InnerTextAsync("#presentation-caption .step-title"));
            Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#presentation-caption .step-quote")));
            await page.Keyboard.PressAsync(i % 2 == 0 ? "ArrowRight" : "Space");
        }

        Assert.Equal(["Allende wins the presidency", "The CIA intervenes", "The Schneider plot", "The bosses' offensive", "The Tanquetazo", "Pinochet takes command", "11 September 1973"], titles);
        Assert.Contains("On 11 September 1973, the coup d'état took place", await page.InnerTextAsync("#presentation-caption .step-quote"), StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#presentation[data-drawn='6']", new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.graph.has('coup_1973') && window.explorer.graph.has('la_moneda')"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.graph.cy.getElementById('la_moneda').hasClass('neighbour')"), "the step's nodes are highlighted");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-type')"));
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.IsHiddenAsync("#presentation"));
    }

    [Fact]
    public async Task A_follower_page_shows_each_step_the_presenter_page_moves_to()
    {
        var (presenter, code) = await PresentLiveAsync("workers-own-organisation");
        await presenter.Keyboard.PressAsync("ArrowRight");
        await WaitForStepAsync(presenter, 1);

        var follower = await OpenAsync($"/?join={code}");
        await WaitForStepAsync(follower, 1);
        Assert.Equal("The Cordones are born", await follower.InnerTextAsync("#presentation-caption .step-title"));
        Assert.True(await follower.IsDisabledAsync("#presentation-next"), "a follower cannot drive");

        await presenter.Keyboard.PressAsync("ArrowRight");
        await WaitForStepAsync(follower, 2);
        Assert.Equal("Answering the Tanquetazo", await follower.InnerTextAsync("#presentation-caption .step-title"));
        await follower.Keyboard.PressAsync("ArrowRight");
        await presenter.Keyboard.PressAsync("ArrowRight");
        await WaitForStepAsync(follower, 3);
        Assert.Contains("800,000 workers marched", await follower.InnerTextAsync("#presentation-caption .step-quote"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_presenter_s_quick_presses_each_move_the_presentation_a_step_for_the_followers_too()
    {
        var (presenter, code) = await PresentLiveAsync("workers-own-organisation");
        var follower = await OpenAsync($"/?join={code}");
        await WaitForStepAsync(follower, 0);

        // Both presses in one task of the page, so the second comes before the server sends the first step back.
        await presenter.EvaluateAsync("() => { for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); }");

        await WaitForStepAsync(follower, 2);
        await WaitForStepAsync(presenter, 2);
        Assert.Equal("Answering the Tanquetazo", await follower.InnerTextAsync("#presentation-caption .step-title"));
    }

    /// <summary>Starts presenting a story live from a fresh page, as a presenter does; returns once its first step shows.</summary>
    private async Task<(IPage Presenter, string Code)> PresentLiveAsync(string storyId)
    {
        var presenter = await OpenAsync("/");
        await presenter.ClickAsync("#stories-button");
        await presenter.ClickAsync($"[data-story='{storyId}'] button:has-text('Present live')");
        var code = await presenter.Locator("#presentation-share .code").InnerTextAsync();
        await WaitForStepAsync(presenter, 0);
        return (presenter, code);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.explorer?.hub.state === 'connected'", null, new() { Timeout = 15_000 });
        return page;
    }

    private static async Task WaitForStepAsync(IPage page, int index)
    {
        await page.WaitForSelectorAsync($"#presentation[data-step='{index}'] #presentation-caption.shown", new() { Timeout = 20_000 });
    }
}
