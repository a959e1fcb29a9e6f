using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>The status line tells the reader when the server goes away, so a frozen graph is never mistaken for a quiet one.</summary>
public sealed class ConnectionStateTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Status_line_reports_the_lost_connection_when_the_server_stops()
    {
        var facts = GraphFacts.Load();
        var app = new ExplorerAppFactory();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await new ExplorerPage(page).WaitForNodeAsync(facts.StartNodeId);
        var state = page.Locator("#connection-state");
        await Assertions.Expect(state).ToContainTextAsync("Connected");

        await app.DisposeAsync();

        await Assertions.Expect(state).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("^(reconnecting|disconnected)$"), new() { Timeout = 30_000 });
        await Assertions.Expect(state).Not.ToContainTextAsync("Connected");
    }
}
