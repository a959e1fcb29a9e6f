using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Lenses;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>
/// What every lens test in the browser starts from: the explorer open at 1440×900 on its start node,
/// a hub connection to ask the server what the page should draw, and the page's uncaught errors.
/// </summary>
public abstract class LensBrowserTest(ExplorerServer server, BrowserFixture browser) : IAsyncLifetime
{
    protected static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly List<IBrowserContext> contexts = [];

    private protected LensFacts Facts { get; } = LensFacts.Load();

    private protected GraphFacts Graph { get; } = GraphFacts.Load();

    protected List<string> PageErrors { get; } = [];

    protected HubConnection Hub { get; private set; } = null!;

    private protected LensPage Lens { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Hub = await server.Factory.ConnectAsync(Token);
        Lens = await OpenInNewContextAsync("/");
        await Lens.Explorer.WaitForNodeAsync(Graph.StartNodeId);
        await Lens.Explorer.WaitForLayoutAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Lens.SaveTimingsAsync();
        await Hub.DisposeAsync();
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Opens an address in a browser context of its own (no history, storage or page shared), as another reader would.</summary>
    private protected async Task<LensPage> OpenInNewContextAsync(string url)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = server.BaseAddress.ToString() });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => PageErrors.Add(error);
        await page.GotoAsync(url);
        return new LensPage(new ExplorerPage(page));
    }
}
