using Chile1973.Graph.Web.Article;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Article;

/// <summary>The article beside the graph and the timeline, through Kestrel and a SignalR client.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubArticleTests(ExplorerServer server)
{
    private readonly ArticleFacts facts = ArticleFacts.Load();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetArticle_serves_the_seed_as_published_paragraph_by_paragraph_with_every_quote_found()
    {
        await using var connection = await server.Factory.ConnectAsync(Ct);

        var article = await connection.InvokeAsync<ArticleView>("GetArticle", Ct);

        Assert.Equal(facts.DocumentId, article.DocumentId);
        Assert.Equal(facts.Title, article.Title);
        Assert.Contains(facts.Author, article.Attribution, StringComparison.Ordinal);
        Assert.Equal(facts.Title, article.Paragraphs[0].Text);
        Assert.Equal(Enumerable.Range(0, article.Paragraphs.Count), article.Paragraphs.Select(p => p.Index));
        Assert.Equal(ArticleFacts.Squeeze(facts.SeedText()), ArticleFacts.Squeeze(string.Join(' ', article.Paragraphs.Select(p => p.Text))));
        Assert.Empty(article.Unlocated);
        Assert.Contains(article.Paragraphs, p => p.FactCount == 0);
        Assert.True(article.Paragraphs.Sum(p => p.FactCount) > article.Paragraphs.Count, "most paragraphs give several facts");
    }

    [Fact]
    public async Task GetQuotes_places_a_node_quote_and_its_relationships_quotes_exactly_in_their_paragraphs()
    {
        await using var connection = await server.Factory.ConnectAsync(Ct);
        var article = await connection.InvokeAsync<ArticleView>("GetArticle", Ct);
        var coup = await connection.InvokeAsync<NodeDetails>("GetNode", facts.CoupId, Ct);
        string[] ids = [coup.Id, .. coup.Relationships.Select(r => r.Id), "no_such_element"];

        var quoted = await connection.InvokeAsync<List<QuotedElement>>("GetQuotes", ids, Ct);

        Assert.Equal(ids.Length - 1, quoted.Count);
        Assert.All(quoted, q =>
        {
            Assert.NotEmpty(q.Spans);
            var located = string.Join(' ', q.Spans.Select(s => article.Paragraphs[s.Paragraph].Text.Substring(s.Start, s.Length)));
            Assert.Equal(ArticleFacts.Squeeze(q.Quote), ArticleFacts.Squeeze(located));
        });
        Assert.Equal(coup.Quote, quoted.Single(q => q.Id == coup.Id).Quote);
    }

    [Fact]
    public async Task GetPassageFacts_brings_the_facts_quoting_a_paragraph_with_the_ends_of_its_relationships()
    {
        await using var connection = await server.Factory.ConnectAsync(Ct);
        var article = await connection.InvokeAsync<ArticleView>("GetArticle", Ct);
        var paragraph = article.Paragraphs.Single(p => p.Text.StartsWith(facts.PassageStart, StringComparison.Ordinal));

        var passage = await connection.InvokeAsync<PassageFacts>("GetPassageFacts", paragraph.Index, Ct);

        Assert.Contains(passage.Nodes, n => n.Data.Id == facts.PassageNode);
        var nodeIds = passage.Nodes.Select(n => n.Data.Id).ToHashSet();
        Assert.All(passage.Edges, e => Assert.True(nodeIds.Contains(e.Data.Source) && nodeIds.Contains(e.Data.Target), $"{e.Data.Id} lacks an end"));
        var quoted = await connection.InvokeAsync<List<QuotedElement>>("GetQuotes", passage.Edges.Select(e => e.Data.Id).Append(facts.PassageNode).ToArray(), Ct);
        Assert.All(quoted, q => Assert.Contains(q.Spans, s => s.Paragraph == paragraph.Index));
        Assert.True(paragraph.FactCount >= quoted.Count, $"the marker counts {paragraph.FactCount}, fewer than the {quoted.Count} facts brought");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000)]
    public async Task GetPassageFacts_of_a_paragraph_the_article_lacks_names_the_valid_range(int paragraph)
    {
        await using var connection = await server.Factory.ConnectAsync(Ct);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<PassageFacts>("GetPassageFacts", paragraph, Ct));

        Assert.Contains($"there is no paragraph {paragraph}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTimeline_spans_the_graphs_dates_and_counts_dated_facts_by_year()
    {
        await using var connection = await server.Factory.ConnectAsync(Ct);

        var timeline = await connection.InvokeAsync<Timeline>("GetTimeline", Ct);

        Assert.Equal(facts.Earliest, timeline.Earliest?[..4]);
        Assert.Equal(facts.Latest, timeline.Latest?[..4]);
        Assert.Equal(timeline.Years.Select(y => y.Year).Order(), timeline.Years.Select(y => y.Year));
        Assert.All(timeline.Years, y => Assert.InRange(y.Year, int.Parse(facts.Earliest, System.Globalization.CultureInfo.InvariantCulture), int.Parse(facts.Latest, System.Globalization.CultureInfo.InvariantCulture)));
        var coupYear = int.Parse(facts.CoupDate[..4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(timeline.Years.Max(y => y.Facts), timeline.Years.Single(y => y.Year == coupYear).Facts);
    }
}
