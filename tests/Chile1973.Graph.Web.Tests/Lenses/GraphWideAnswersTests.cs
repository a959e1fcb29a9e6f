using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Lenses;

/// <summary>
/// The categories the lenses filter by and the schema the console completes read the whole graph: every reader who
/// opens a lens or the console asks for them, and the graph answers once for all of them until it changes.
/// </summary>
public sealed class GraphWideAnswersTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Many_readers_asking_for_the_categories_and_the_schema_are_answered_from_one_reading_of_the_graph()
    {
        var counter = new TemplateCounter();
        await using var app = new ExplorerAppFactory(e => new CountingEngine(e, counter), new() { ["Graph:WarmUp"] = "00:00:00" });
        await using var first = await app.ConnectAsync(Token);
        await using var second = await app.ConnectAsync(Token);

        var categories = await Task.WhenAll(
            first.InvokeAsync<List<CategoryCount>>("GetCategories", Token),
            second.InvokeAsync<List<CategoryCount>>("GetCategories", Token),
            first.InvokeAsync<List<CategoryCount>>("GetCategories", Token));
        var schemas = await Task.WhenAll(
            first.InvokeAsync<GraphSchema>("GetSchema", Token),
            second.InvokeAsync<GraphSchema>("GetSchema", Token));

        Assert.NotEmpty(categories[0]);
        Assert.All(categories, c => Assert.Equal(categories[0], c));
        Assert.NotEmpty(schemas[0].Labels);
        Assert.All(schemas, s => Assert.Equal(schemas[0].Labels, s.Labels));
        Assert.Equal(1, counter.Count(ExplorerQueries.CategoryCounts));
        Assert.Equal(1, counter.Count(ExplorerQueries.SchemaLabels));
    }
}
