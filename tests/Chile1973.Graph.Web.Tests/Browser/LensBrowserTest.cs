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
    private IBrowserContext context = null!;

    private protected LensFacts Facts { get; } = LensFacts.Load();

    private protected GraphFacts Graph { get; } = GraphFacts.Load();

    protected List<string> PageErrors { get; } = [];

    protected HubConnection Hub { get; private set; } = null!;

    private protected LensPage Lens { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => PageErrors.Add(error);
        Lens = new LensPage(new ExplorerPage(page));
        Hub = await server.Factory.ConnectAsync(Token);
        await page.GotoAsync("/");
        await Lens.Explorer.WaitForNodeAsync(Graph.StartNodeId);
        await Lens.Explorer.WaitForLayoutAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Lens.SaveTimingsAsync();
        await Hub.DisposeAsync();
        await context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
