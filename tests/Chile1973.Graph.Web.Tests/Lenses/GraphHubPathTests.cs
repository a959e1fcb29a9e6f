using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Lenses;

[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubPathTests(ExplorerServer server) : ExplorerHubTests(server)
{
    private readonly LensFacts facts = LensFacts.Load();

    [Fact]
    public async Task K_shortest_paths_are_distinct_simple_and_in_non_decreasing_length_with_each_edge_joining_consecutive_nodes()
    {
        var paths = await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.KShortest, facts.K, facts.MaxLength), Token);

        Assert.Equal(facts.K, paths.Count);
        Assert.Equal(Enumerable.Range(1, paths.Count), paths.Select(p => p.Rank));
        Assert.Equal(paths.Count, paths.Select(p => string.Join(",", p.Edges.Select(e => e.Data.Id))).Distinct().Count());
        Assert.Equal(paths.Select(p => p.Length).Order(), paths.Select(p => p.Length));
        foreach (var path in paths)
        {
            AssertWellFormed(path, facts.PathFrom, facts.PathTo, facts.MaxLength);
        }
    }

    [Fact]
    public async Task Shortest_path_is_as_short_as_the_first_of_the_k_shortest_and_every_all_shortest_path_has_its_length()
    {
        var shortest = Assert.Single(await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.Shortest), Token));
        var k = await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.KShortest, 3), Token);
        var all = await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.AllShortest), Token);

        Assert.Equal(k[0].Length, shortest.Length);
        Assert.NotEmpty(all);
        Assert.All(all, p => Assert.Equal(shortest.Length, p.Length));
        Assert.Contains(all, p => p.Edges.Select(e => e.Data.Id).SequenceEqual(shortest.Edges.Select(e => e.Data.Id)));
        Assert.Equal(all.Count, all.Select(p => string.Join(",", p.Edges.Select(e => e.Data.Id))).Distinct().Count());
        Assert.All(all, p => AssertWellFormed(p, facts.PathFrom, facts.PathTo, 8));
    }

    [Fact]
    public async Task Facts_only_paths_use_no_claim_and_category_filtered_paths_only_the_chosen_categories()
    {
        var factsOnly = await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.KShortest, 5, 8, FactsOnly: true), Token);
        var categories = new[] { "causal", "sequence", "participation", "influence" };
        var filtered = await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.KShortest, 5, 8, categories), Token);

        Assert.NotEmpty(factsOnly);
        Assert.All(factsOnly.SelectMany(p => p.Edges), e => Assert.Null(e.Data.ClaimedBy));
        Assert.NotEmpty(filtered);
        Assert.All(filtered.SelectMany(p => p.Edges), e => Assert.Contains(e.Data.Category, categories));
    }

    [Fact]
    public async Task Paths_stream_ends_empty_when_no_path_fits_the_length()
    {
        var paths = await Connection.ReadPathsAsync(facts.PathFrom, facts.PathTo, new PathRequest(PathRequest.KShortest, 5, 1, ["place"]), Token);

        Assert.Empty(paths);
    }

    [Theory]
    [InlineData("nobody_here", "coup_1973", "kShortest", 3, 6, "There is no node 'nobody_here'.")]
    [InlineData("cia", "coup_1973", "kShortest", 11, 6, "k must be between 1 and 10; it was 11.")]
    [InlineData("cia", "coup_1973", "shortest", 1, 9, "maxLength must be between 1 and 8; it was 9.")]
    [InlineData("cia", "coup_1973", "longest", 1, 6, "mode must be 'shortest', 'allShortest' or 'kShortest'; it was 'longest'.")]
    public async Task Paths_refuse_unknown_nodes_and_out_of_range_requests_with_a_plain_message(string from, string to, string mode, int k, int maxLength, string message)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection.ReadPathsAsync(from, to, new PathRequest(mode, k, maxLength), Token));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categories_lists_each_category_of_the_graph_once_by_name_with_its_count()
    {
        var categories = await Connection.InvokeAsync<List<CategoryCount>>("GetCategories", Token);

        Assert.Equal(categories.Select(c => c.Category).Order(StringComparer.Ordinal), categories.Select(c => c.Category));
        Assert.Equal(categories.Count, categories.Select(c => c.Category).Distinct().Count());
        Assert.All(categories, c => Assert.True(c.Relationships > 0));
        Assert.All(new[] { "causal", "sequence", "influence" }, name => Assert.Contains(categories, c => c.Category == name));
    }

    private static void AssertWellFormed(GraphPath path, string from, string to, int maxLength)
    {
        Assert.Equal(from, path.Nodes[0].Data.Id);
        Assert.Equal(to, path.Nodes[^1].Data.Id);
        Assert.Equal(path.Length, path.Edges.Count);
        Assert.Equal(path.Nodes.Count, path.Edges.Count + 1);
        Assert.InRange(path.Length, 1, maxLength);
        Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Data.Id).Distinct().Count());
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var (edge, a, b) = (path.Edges[i].Data, path.Nodes[i].Data.Id, path.Nodes[i + 1].Data.Id);
            Assert.True((edge.Source == a && edge.Target == b) || (edge.Source == b && edge.Target == a), $"edge {edge.Id} does not join {a} and {b}");
            Assert.False(string.IsNullOrWhiteSpace(edge.Quote), $"edge {edge.Id} has no quote");
        }
    }
}
