using Chile1973.Graph.Web.Neighbourhood;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Units;

public sealed class FairRingSelectorTests
{
    private static RingCandidate Candidate(string via, string id, long degree) => new(via, id, id, degree);

    [Fact]
    public void Select_lets_each_frontier_node_take_turns_so_a_hub_cannot_crowd_out_the_rest()
    {
        RingCandidate[] candidates =
        [
            Candidate("hub", "h1", 50), Candidate("hub", "h2", 40), Candidate("hub", "h3", 30), Candidate("hub", "h4", 20),
            Candidate("small", "s1", 2), Candidate("small", "s2", 1),
        ];

        var chosen = FairRingSelector.Select(["hub", "small"], candidates, 4);

        Assert.Equal(["h1", "s1", "h2", "s2"], chosen.Select(n => n.Id));
    }

    [Fact]
    public void Select_takes_the_most_connected_neighbours_first_and_never_one_twice()
    {
        RingCandidate[] candidates =
        [
            Candidate("a", "low", 1), Candidate("a", "shared", 9), Candidate("b", "shared", 9), Candidate("b", "mid", 5),
        ];

        var chosen = FairRingSelector.Select(["a", "b"], candidates, 10);

        Assert.Equal(["shared", "mid", "low"], chosen.Select(n => n.Id));
    }
}
