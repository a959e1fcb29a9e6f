using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubNeighbourhoodTests(ExplorerServer server) : ExplorerHubTests(server)
{
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task Neighbourhood_streams_rings_in_order_starting_with_the_centre()
    {
        var batches = await Connection.ReadNeighbourhoodAsync(facts.Person.Id, 3, 1000, TestContext.Current.CancellationToken);

        Assert.True(batches.Count >= 2, $"expected at least two rings, got {batches.Count}");
        Assert.Equal(Enumerable.Range(1, batches.Count), batches.Select(b => b.Ring));
        Assert.Equal(facts.Person.Id, batches[0].Nodes[0].Data.Id);
    }

    [Fact]
    public async Task Neighbourhood_first_ring_holds_the_party_of_the_person_and_the_edge_to_it()
    {
        var batches = await Connection.ReadNeighbourhoodAsync(facts.Person.Id, 1, 1000, TestContext.Current.CancellationToken);

        var ring = Assert.Single(batches);
        Assert.Contains(ring.Nodes, n => n.Data.Id == facts.Party.Id && n.Data.Kind == "Party");
        var edge = Assert.Single(ring.Edges, e => e.Data.Source == facts.Person.Id && e.Data.Target == facts.Party.Id && e.Data.Type == facts.Party.Relationship);
        Assert.False(string.IsNullOrWhiteSpace(edge.Data.Quote));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(1000)]
    public async Task Neighbourhood_never_sends_more_elements_than_the_limit(int limit)
    {
        var batches = await Connection.ReadNeighbourhoodAsync(facts.Person.Id, 3, limit, TestContext.Current.CancellationToken);

        Assert.InRange(batches.Sum(b => b.Nodes.Count + b.Edges.Count), 1, limit);
    }

    [Fact]
    public async Task Neighbourhood_reports_what_the_limit_held_back()
    {
        var batches = await Connection.ReadNeighbourhoodAsync(facts.Person.Id, 1, 5, TestContext.Current.CancellationToken);

        var ring = Assert.Single(batches);
        Assert.Equal(2, ring.Nodes.Count - 1);
        Assert.True(ring.Remaining > 0, "a 5-element limit must hold back some of the person's neighbours");
    }

    [Fact]
    public async Task Neighbourhood_never_sends_an_element_twice_and_edges_only_between_sent_nodes()
    {
        var batches = await Connection.ReadNeighbourhoodAsync(facts.Coup.Id, 3, 1000, TestContext.Current.CancellationToken);

        var nodes = new HashSet<string>();
        var edges = new HashSet<string>();
        foreach (var batch in batches)
        {
            foreach (var node in batch.Nodes)
            {
                Assert.True(nodes.Add(node.Data.Id), $"node {node.Data.Id} sent twice");
            }

            foreach (var edge in batch.Edges)
            {
                Assert.True(edges.Add(edge.Data.Id), $"edge {edge.Data.Id} sent twice");
                Assert.Contains(edge.Data.Source, nodes);
                Assert.Contains(edge.Data.Target, nodes);
            }
        }

        Assert.True(nodes.Count > 5);
    }

    [Fact]
    public async Task Neighbourhood_ties_every_new_node_to_a_node_sent_before_it()
    {
        var batches = await Connection.ReadNeighbourhoodAsync(facts.Coup.Id, 3, 40, TestContext.Current.CancellationToken);

        var sent = new HashSet<string> { facts.Coup.Id };
        foreach (var batch in batches)
        {
            foreach (var node in batch.Nodes.Where(n => n.Data.Id != facts.Coup.Id))
            {
                Assert.Contains(batch.Edges, e =>
                    (e.Data.Source == node.Data.Id && sent.Contains(e.Data.Target)) || (e.Data.Target == node.Data.Id && sent.Contains(e.Data.Source)));
            }

            sent.UnionWith(batch.Nodes.Select(n => n.Data.Id));
        }
    }

    [Fact]
    public async Task Neighbourhood_of_an_unknown_node_fails_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<HubException>(() =>
            Connection.ReadNeighbourhoodAsync("no_such_node", 1, 10, TestContext.Current.CancellationToken));

        Assert.Contains("no node 'no_such_node'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 10, "depth")]
    [InlineData(99, 10, "depth")]
    [InlineData(1, 0, "limit")]
    [InlineData(1, 1_000_000, "limit")]
    public async Task Neighbourhood_refuses_out_of_range_arguments_naming_them(int depth, int limit, string argument)
    {
        var error = await Assert.ThrowsAsync<HubException>(() =>
            Connection.ReadNeighbourhoodAsync(facts.Person.Id, depth, limit, TestContext.Current.CancellationToken));

        Assert.Contains(argument, error.Message, StringComparison.Ordinal);
    }
}
