using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Stories;
using Chile1973.Graph.Web.Tests.Browser;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Security;

/// <summary>
/// A graph whose names, aliases, descriptions, quotes and story are markup (HostileGraph/): whatever
/// the page shows of them, in search results, details, the console's table and a story's caption, and
/// whatever markup a query returns, is shown as the text it is, and no script runs.
/// </summary>
public sealed class InjectionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string PersonName = "<img src=x onerror=\"window.__injected='name'\">";
    private const string PersonAlias = "</script><script>window.__injected='alias'</script>";
    private const string PersonDescription = "<b onmouseover=\"window.__injected='description'\">Bold</b> </script><script>window.__injected='description'</script>";
    private const string Quote = "The reader <img src=x onerror=\"window.__injected='quote'\"> must see this tag as text.";
    private const string PartyName = "</script><svg onload=\"window.__injected='party'\">";

    // Values a reader's own query makes up, and the caption of HostileGraph/graph/stories/hostile.md as the reader sees it.
    private const string QueryImage = "<img src=x onerror=window.__injected=1>";
    private const string QueryScript = "</script><script>window.__injected=2</script>";
    private const string StoryTitle = "<img src=x onerror=\"window.__injected='story'\">";
    private const string Caption = "The caption <img src=x onerror=\"window.__injected='caption'\"> and </script><script>window.__injected='caption'</script> are text, and this link goes nowhere.";

    // Anything the markup above would have created had it been parsed.
    private const string InjectedElements = "() => document.querySelectorAll('img, svg[onload], b[onmouseover], iframe, script:not([src])').length";

    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Security", "HostileGraph");

    private readonly ExplorerAppFactory factory = new(settings: new Dictionary<string, string?>
    {
        ["Graph:GraphDirectory"] = Path.Combine(Fixture, "graph"),
        ["Graph:SeedsDirectory"] = Path.Combine(Fixture, "seeds"),
        ["Graph:StartNodeId"] = "hostile_person",
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Markup_in_the_graph_a_query_result_and_a_story_is_shown_as_text_in_search_details_the_console_and_the_caption_and_never_runs()
    {
        await using var watched = await WatchedPage.OpenAsync(browser, factory.BaseAddress);
        var explorer = new ExplorerPage(watched.Page);
        await explorer.WaitForNodeAsync("hostile_person");

        // The start node's details: its name as the heading, its description and quote as text.
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(PersonName);
        await Assertions.Expect(explorer.Details).ToContainTextAsync(PersonDescription);
        await Assertions.Expect(explorer.Details).ToContainTextAsync(Quote);

        // Search by a piece of the alias: the hit shows the name and the alias as text.
        await explorer.SearchInput.FillAsync("alias");
        var hit = explorer.SearchResults.GetByRole(AriaRole.Option).First;
        await Assertions.Expect(hit).ToContainTextAsync(PersonName);
        await Assertions.Expect(hit).ToContainTextAsync(PersonAlias);
        await explorer.SearchInput.PressAsync("Escape");

        // The party, opened from the node list: its name as the heading.
        await explorer.NodeList.GetByRole(AriaRole.Button, new() { Name = PartyName, Exact = false }).First.ClickAsync();
        await Assertions.Expect(explorer.Details.Locator("h3")).ToHaveTextAsync(PartyName);
        await explorer.WaitForLayoutAsync();

        // The console's table: markup the query makes up, a node's name and the node itself, each cell as Cypher prints it.
        await watched.Page.ClickAsync("#console summary");
        await watched.Page.Locator("#console-editor .cm-content").ClickAsync();
        await watched.Page.Keyboard.PressAsync("Control+A");
        await watched.Page.Keyboard.InsertTextAsync($"MATCH (p:Person {{id: 'hostile_person'}}) RETURN '{QueryImage}' AS image, '{QueryScript}' AS script, p.name AS name, p");
        await watched.Page.ClickAsync("#console-run");
        var cells = watched.Page.Locator("#console-table tbody td");
        await Assertions.Expect(cells).ToHaveCountAsync(4);
        await Assertions.Expect(cells.Nth(0)).ToHaveTextAsync(CypherValues.ToLiteral(QueryImage));
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync(CypherValues.ToLiteral(QueryScript));
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync(CypherValues.ToLiteral(PersonName));
        await Assertions.Expect(cells.Nth(3)).ToContainTextAsync(CypherValues.ToLiteral(PersonName));
        await Assertions.Expect(cells.Nth(3)).ToContainTextAsync(CypherValues.ToLiteral(PersonAlias));
        await explorer.WaitForLayoutAsync();

        // The story: listed with its title as text, played with its caption as text and its script link gone.
        await watched.Page.ClickAsync("#stories-button");
        var story = watched.Page.Locator("[data-story='hostile']");
        await Assertions.Expect(story).ToContainTextAsync(StoryTitle);
        await story.GetByRole(AriaRole.Button, new() { Name = "Play" }).ClickAsync();
        await watched.Page.WaitForSelectorAsync("#presentation[data-step='0'] #presentation-caption.shown", new() { Timeout = 20_000 });
        var caption = watched.Page.Locator("#presentation-caption .step-caption");
        await Assertions.Expect(caption).ToHaveTextAsync(Caption);
        await Assertions.Expect(caption.Locator("a")).ToHaveCountAsync(0);
        await watched.Page.WaitForSelectorAsync("#presentation[data-drawn='0']", new() { Timeout = 20_000 });

        Assert.Null(await watched.Page.EvaluateAsync<string?>("() => window.__injected ?? null"));
        Assert.Equal(0, await watched.Page.EvaluateAsync<int>(InjectedElements));
        Assert.Empty(await watched.ViolationsAsync());
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Markup_in_a_story_caption_reaches_the_page_as_text_and_its_script_link_is_dropped()
    {
        // HostileGraph/graph/stories/hostile.md: the caption the page puts in as HTML is the sanitised one.
        await using var connection = await factory.ConnectAsync(TestContext.Current.CancellationToken);

        var stories = await connection.InvokeAsync<List<Story>>("ListStories", TestContext.Current.CancellationToken);

        var step = Assert.Single(Assert.Single(stories).Steps);
        Assert.Contains("&lt;img src=x onerror=", step.CaptionHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;", step.CaptionHtml, StringComparison.Ordinal);
        Assert.Contains("this link", step.CaptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", step.CaptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", step.CaptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", step.CaptionHtml, StringComparison.OrdinalIgnoreCase);
    }
}
