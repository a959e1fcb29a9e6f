using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubSearchTests(ExplorerServer server) : ExplorerHubTests(server)
{
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task Search_finds_a_person_by_a_prefix_of_the_surname()
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search[..4], 10, TestContext.Current.CancellationToken);

        Assert.Contains(hits, h => h.Id == facts.Person.Id && h.Name == facts.Person.Name && h.Kind == "Person");
    }

    [Fact]
    public async Task Search_ranks_the_closest_match_first_whatever_the_case()
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search.ToUpperInvariant(), 10, TestContext.Current.CancellationToken);

        Assert.NotEmpty(hits);
        Assert.Equal(facts.Person.Id, hits[0].Id);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Score), hits.Select(h => h.Score));
    }

    [Fact]
    public async Task Search_finds_a_node_by_its_alias()
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", facts.AliasSearchCase.Text, 10, TestContext.Current.CancellationToken);

        Assert.Contains(hits, h => h.Id == facts.AliasSearchCase.Id);
    }

    public static TheoryData<string, string> SearchCases() =>
        [.. GraphFacts.Load().SearchCases.Select(c => new TheoryDataRow<string, string>(c.Text, c.Id))];

    [Theory]
    [MemberData(nameof(SearchCases))]
    public async Task Search_matches_prefixes_and_infixes_ignoring_case_and_accents(string text, string id)
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", text, 5, TestContext.Current.CancellationToken);

        Assert.Contains(hits, h => h.Id == id);
    }

    [Fact]
    public async Task Search_returns_no_more_than_the_limit()
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", "a", 3, TestContext.Current.CancellationToken);

        Assert.InRange(hits.Count, 1, 3);
    }

    [Theory]
    [InlineData("Allende (")]
    [InlineData("\"unclosed")]
    [InlineData("a AND OR NOT")]
    [InlineData("*?~^")]
    [InlineData("') RETURN 1 //")]
    public async Task Search_treats_query_syntax_in_the_text_as_plain_text(string text)
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", text, 10, TestContext.Current.CancellationToken);

        Assert.NotNull(hits);
    }

    [Fact]
    public async Task Search_still_finds_the_words_around_query_syntax()
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search + " (", 10, TestContext.Current.CancellationToken);

        Assert.Contains(hits, h => h.Id == facts.Person.Id);
    }

    [Fact]
    public async Task Search_of_blank_text_finds_nothing()
    {
        var hits = await Connection.InvokeAsync<List<SearchHit>>("Search", "   ", 10, TestContext.Current.CancellationToken);

        Assert.Empty(hits);
    }
}
