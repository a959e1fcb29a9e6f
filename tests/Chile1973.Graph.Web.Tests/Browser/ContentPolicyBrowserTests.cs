using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Browser;

/// <summary>
/// The page under its Content-Security-Policy in Chromium: the main journeys run with no policy
/// violation and no console error, and the policy really refuses what it says it refuses.
/// </summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class ContentPolicyBrowserTests(ExplorerServer server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task Main_journeys_run_under_the_policy_with_no_violation_and_no_console_error()
    {
        await using var watched = await WatchedPage.OpenAsync(browser, server.BaseAddress);
        var explorer = new ExplorerPage(watched.Page);
        Assert.Contains("script-src 'self'", watched.Policy, StringComparison.Ordinal);

        // Open on the coup, search a person and open him, expand his party on the canvas.
        await explorer.WaitForNodeAsync(facts.StartNodeId);
        await explorer.SearchInput.FillAsync(facts.Person.Search);
        await Assertions.Expect(explorer.SearchResults.GetByRole(AriaRole.Option, new() { Name = facts.Person.Name })).ToBeVisibleAsync();
        await explorer.SearchInput.PressAsync("Enter");
        await explorer.WaitForNodeAsync(facts.Party.Id);
        await explorer.WaitForLayoutAsync();
        var expansions = await explorer.ExpansionCountAsync();
        await explorer.ExpandByDoubleClickAsync(facts.Party.Id);
        await explorer.WaitForExpansionsAsync(expansions + 1);

        // Read the party's details from the node list, switch to large type and back, fit the view.
        await explorer.NodeList.GetByRole(AriaRole.Button, new() { Name = facts.Party.Name, Exact = false }).First.ClickAsync();
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(facts.Party.Name);
        await watched.Page.GetByRole(AriaRole.Button, new() { Name = "Large type" }).ClickAsync();
        await watched.Page.GetByRole(AriaRole.Button, new() { Name = "Large type" }).ClickAsync();
        await watched.Page.GetByRole(AriaRole.Button, new() { Name = "Fit" }).ClickAsync();
        await explorer.WaitForLayoutAsync();

        // A lens: the road to 11 September, traced back from the coup and laid out as a timeline, then closed.
        await watched.Page.GetByRole(AriaRole.Button, new() { Name = "The road to 11 September" }).ClickAsync();
        await watched.Page.WaitForFunctionAsync("() => window.explorer.lensMetrics.length > 0", null, new() { Timeout = 20_000 });
        await explorer.WaitForLayoutAsync();
        Assert.True(await watched.Page.Locator("#lens-body .chain-steps > li").CountAsync() > 0);
        await watched.Page.Locator("#lens-panel").GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await explorer.WaitForLayoutAsync();

        // The time slider (D) set to a year, and the article beside the graph (R).
        await watched.Page.Locator("#cy").FocusAsync();
        await watched.Page.Keyboard.PressAsync("d");
        var date = watched.Page.GetByRole(AriaRole.Textbox, new() { Name = "Date (year, year-month or year-month-day)" });
        await date.FillAsync("1973");
        await date.PressAsync("Enter");
        await Assertions.Expect(watched.Page.GetByRole(AriaRole.Slider, new() { Name = "Date of the graph" })).ToBeVisibleAsync();
        await watched.Page.Locator("#cy").FocusAsync();
        await watched.Page.Keyboard.PressAsync("r");
        await Assertions.Expect(watched.Page.GetByRole(AriaRole.Complementary, new() { Name = "The article" }).Locator(".paragraph").First).ToBeVisibleAsync();
        await explorer.WaitForLayoutAsync();

        // The Cypher console: CodeMirror mounts its styles as <style> elements, which the policy
        // takes only with the page's nonce; a query typed and run fills the table.
        await watched.Page.ClickAsync("#console summary");
        await watched.Page.Locator("#console-editor .cm-content").ClickAsync();
        await watched.Page.Keyboard.PressAsync("Control+A");
        await watched.Page.Keyboard.InsertTextAsync("MATCH (p:Person {id: 'salvador_allende'}) RETURN p.name AS name");
        await watched.Page.ClickAsync("#console-run");
        await Assertions.Expect(watched.Page.Locator("#console-table tbody td").First).ToHaveTextAsync("'Salvador Allende'");
        // CodeMirror's base theme (display: flex on .cm-editor) applies only if its <style> got in.
        Assert.Equal("flex", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#console-editor .cm-editor')).display"));
        await explorer.WaitForLayoutAsync();

        Assert.Empty(await watched.ViolationsAsync());
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Inline_script_and_eval_are_refused_and_reported_on_the_page()
    {
        await using var watched = await WatchedPage.OpenAsync(browser, server.BaseAddress);
        await new ExplorerPage(watched.Page).WaitForNodeAsync(facts.StartNodeId);

        // Code run through the DevTools protocol is exempt from the policy, so both tries are made
        // to happen later, from the page itself: a string timer (eval) and an inline script element.
        var ran = await watched.Page.EvaluateAsync<string>("""
            () => new Promise((resolve) => {
              setTimeout('window.__evalRan = true', 0);
              const script = document.createElement('script');
              script.textContent = 'window.__inlineRan = true';
              document.body.append(script);
              setTimeout(() => resolve(`${window.__evalRan === true} ${window.__inlineRan === true}`), 200);
            })
            """);

        Assert.Equal("false false", ran);
        var violations = await watched.ViolationsAsync();
        Assert.Contains(violations, v => v.StartsWith("script-src ", StringComparison.Ordinal) && v.Contains("eval", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("script-src-elem inline", StringComparison.Ordinal));
    }
}

/// <summary>
/// A page that records what goes wrong in it: console errors, uncaught exceptions and every
/// Content-Security-Policy violation (through the <c>securitypolicyviolation</c> event, listened to
/// from an init script, which Chromium runs outside the page's policy).
/// </summary>
internal sealed class WatchedPage : IAsyncDisposable
{
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly IBrowserContext context;

    private WatchedPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>The Content-Security-Policy the page was served with.</summary>
    public string Policy { get; private set; } = string.Empty;

    public static async Task<WatchedPage> OpenAsync(BrowserFixture browser, Uri baseAddress)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BaseURL = baseAddress.ToString() });
        await context.AddInitScriptAsync(RecordViolations);
        var watched = new WatchedPage(context, await context.NewPageAsync());
        watched.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watched.ConsoleErrors.Add(message.Text);
            }
        };
        watched.Page.PageError += (_, error) => watched.ConsoleErrors.Add(error);
        var response = await watched.Page.GotoAsync("/");
        watched.Policy = await response!.HeaderValueAsync("content-security-policy") ?? string.Empty;
        return watched;
    }

    public async Task<IReadOnlyList<string>> ViolationsAsync() => await Page.EvaluateAsync<string[]>("() => window.__violations");

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
