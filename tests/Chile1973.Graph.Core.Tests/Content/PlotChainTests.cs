using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed class PlotChainTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    private static readonly PlotChain Chain = PlotChain.Read();

    public static TheoryData<string, string> Links()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, to) in Chain.Links)
        {
            data.Add(from, to);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void Consecutive_steps_of_the_plot_are_linked_by_one_causal_or_sequence_relationship_that_never_goes_back_in_time(string from, string to)
    {
        // Act
        var links = curated.Outgoing[from].Where(r => r.EndId == to).ToList();

        // Assert
        var link = Assert.Single(links);
        Assert.Contains((string)link.Properties[GraphProperties.Category]!, PlotChain.Categories);
        var (start, end) = (curated.NodesById[from].Start, curated.NodesById[to].End ?? curated.NodesById[to].Start);
        Assert.False(start is { } s && end is { } e && s.Earliest > e.Latest, $"{link.Id} goes back in time: {start} after {end}");
    }

    [Fact]
    public void Steps_run_in_date_order_and_each_follows_from_steps_listed_before_it()
    {
        // Arrange
        var seen = new HashSet<string>(StringComparer.Ordinal);
        PartialDate? previous = null;

        foreach (var (step, from) in Chain.Steps)
        {
            // Act
            Assert.True(curated.NodesById.TryGetValue(step, out var node), $"no node '{step}'");
            var date = node.Start ?? node.End;

            // Assert
            Assert.All(from, f => Assert.True(seen.Contains(f), $"{step} follows from {f}, which is not listed before it"));
            Assert.False(previous is { } p && date is { } d && d.Latest < p.Earliest, $"{step} ({date}) is listed after a step dated {previous}");
            seen.Add(step);
            previous = date ?? previous;
        }
    }

    [Fact]
    public void No_causal_or_sequence_relationship_between_two_steps_skips_the_steps_the_article_gives_between()
    {
        // Arrange
        var steps = Chain.Steps.Select(s => s.Step).ToHashSet(StringComparer.Ordinal);
        var listed = Chain.Links.ToHashSet();

        // Act
        var shortcuts = curated.Graph.Relationships
            .Where(r => steps.Contains(r.StartId) && steps.Contains(r.EndId) && PlotChain.Categories.Contains((string)r.Properties[GraphProperties.Category]!))
            .Where(r => !listed.Contains((r.StartId, r.EndId)))
            .Select(r => r.Id)
            .ToList();

        // Assert
        Assert.Empty(shortcuts);
    }

    [Fact]
    public void Coup_is_reached_step_by_step_and_no_conspiracy_hub_gathers_the_early_plot()
    {
        // Act
        var intoCoup = curated.Graph.Relationships
            .Where(r => r.EndId == "coup_1973" && PlotChain.Categories.Contains((string)r.Properties[GraphProperties.Category]!))
            .Select(r => r.StartId)
            .ToHashSet(StringComparer.Ordinal);

        // Assert: the 1970 plot reaches the coup only through the steps after it, never straight.
        Assert.DoesNotContain("schneider_kidnapping", intoCoup);
        Assert.DoesNotContain("bosses_strike_1972", intoCoup);
        Assert.DoesNotContain("election_1973", intoCoup);
        Assert.Equal(["bosses_strike_1972", "factory_occupations_1972", "prats_millas_plan", "election_1973", "tanquetazo", "coup_1973"], Chain.Thread("bosses_strike_1972", "coup_1973"));
    }

    [Theory]
    [InlineData("institutional_road")]
    [InlineData("popular_front_policy")]
    public void A_cause_only_the_author_asserts_reaches_the_coup_only_through_the_claim(string cause)
    {
        // Act
        var factsOnly = ShortestPath(cause, "coup_1973", includeClaims: false);
        var withClaims = ShortestPath(cause, "coup_1973", includeClaims: true);

        // Assert
        Assert.Null(factsOnly);
        Assert.NotNull(withClaims);
        Assert.Contains(withClaims, CuratedGraph.IsClaim);
    }

    private List<GraphRelationship>? ShortestPath(string from, string to, bool includeClaims)
    {
        var cameBy = new Dictionary<string, GraphRelationship?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var current))
        {
            if (current == to)
            {
                var path = new List<GraphRelationship>();
                for (var step = cameBy[current]; step is not null; step = cameBy[step.StartId])
                {
                    path.Insert(0, step);
                }

                return path;
            }

            foreach (var next in curated.Outgoing[current])
            {
                if (PlotChain.Categories.Contains((string)next.Properties[GraphProperties.Category]!)
                    && (includeClaims || !CuratedGraph.IsClaim(next)) && cameBy.TryAdd(next.EndId, next))
                {
                    queue.Enqueue(next.EndId);
                }
            }
        }

        return null;
    }
}
