using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Lenses;

[Collection(ExplorerServerCollection.Name)]
public sealed class GraphHubChainTests(ExplorerServer server) : ExplorerHubTests(server)
{
    private readonly LensFacts facts = LensFacts.Load();

    [Fact]
    public async Task Forward_chain_reaches_the_coup_with_dates_never_going_back_and_each_step_from_the_chain()
    {
        var steps = await Connection.ReadChainAsync(facts.ForwardFrom, new ChainRequest(ChainRequest.Forward, 100), Token);

        Assert.Contains(steps, s => s.To.Data.Id == facts.ForwardReaches);
        AssertChain(steps, facts.ForwardFrom, forward: true);
    }

    [Fact]
    public async Task Backward_chain_reaches_the_causes_with_dates_never_going_forward()
    {
        var steps = await Connection.ReadChainAsync(facts.BackwardFrom, new ChainRequest(ChainRequest.Backward, 100), Token);

        Assert.Contains(steps, s => s.To.Data.Id == facts.BackwardReaches);
        AssertChain(steps, facts.BackwardFrom, forward: false);
    }

    [Fact]
    public async Task Chain_walks_only_causal_and_sequence_relationships_and_facts_only_drops_claims()
    {
        var all = await Connection.ReadChainAsync(facts.ForwardFrom, new ChainRequest(ChainRequest.Forward, 200), Token);
        var factsOnly = await Connection.ReadChainAsync(facts.ForwardFrom, new ChainRequest(ChainRequest.Forward, 200, FactsOnly: true), Token);

        Assert.All(all, s => Assert.Contains(s.Edge.Data.Category, new[] { "causal", "sequence" }));
        Assert.All(factsOnly, s => Assert.Null(s.Edge.Data.ClaimedBy));
        Assert.NotEmpty(factsOnly);
    }

    [Fact]
    public async Task Chain_stops_at_the_asked_number_of_steps()
    {
        var steps = await Connection.ReadChainAsync(facts.ForwardFrom, new ChainRequest(ChainRequest.Forward, 2), Token);

        Assert.Equal([1, 2], steps.Select(s => s.Order));
    }

    [Theory]
    [InlineData("nobody_here", "forward", 10, "There is no node 'nobody_here'.")]
    [InlineData("coup_1973", "sideways", 10, "direction must be 'forward' or 'backward'; it was 'sideways'.")]
    [InlineData("coup_1973", "forward", 0, "maxSteps must be between 1 and 200; it was 0.")]
    public async Task Chain_refuses_unknown_nodes_and_bad_requests_with_a_plain_message(string nodeId, string direction, int maxSteps, string message)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection.ReadChainAsync(nodeId, new ChainRequest(direction, maxSteps), Token));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static void AssertChain(List<ChainStep> steps, string start, bool forward)
    {
        Assert.NotEmpty(steps);
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.Order));
        var onChain = new HashSet<string> { start };
        PartialDate? last = null;
        foreach (var step in steps)
        {
            Assert.Contains(step.From.Data.Id, onChain);
            Assert.True(onChain.Add(step.To.Data.Id), $"{step.To.Data.Id} reached twice");
            var edge = step.Edge.Data;
            Assert.Equal(forward ? (step.From.Data.Id, step.To.Data.Id) : (step.To.Data.Id, step.From.Data.Id), (edge.Source, edge.Target));
            Assert.False(string.IsNullOrWhiteSpace(edge.Quote));
            if (step.Date is { } text)
            {
                var date = PartialDate.Parse(text);
                if (last is { } previous)
                {
                    Assert.True(forward ? date >= previous : date <= previous, $"step {step.Order} at {date} goes {(forward ? "back" : "forward")} from {previous}");
                }

                last = date;
            }
        }
    }
}
