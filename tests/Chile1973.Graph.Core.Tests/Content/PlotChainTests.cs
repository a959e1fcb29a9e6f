using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed class PlotChainTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    private const string Coup = "coup_1973";

    private static readonly HashSet<string> CausalTypes = new(StringComparer.Ordinal) { "LED_TO", "CAUSED", "PRECEDED" };

    public static TheoryData<string> EarlyLinks()
    {
        var data = new TheoryData<string>();
        foreach (var row in ContentCaseFile.Read("plot-chain.txt"))
        {
            data.Add(row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EarlyLinks))]
    public void Early_link_of_the_plot_reaches_the_coup_over_established_causal_links(string earlyLink)
    {
        // Arrange
        Assert.True(curated.NodesById.ContainsKey(earlyLink), $"no node '{earlyLink}'");

        // Act
        var path = ShortestPath(earlyLink, Coup, includeClaims: false);

        // Assert
        Assert.True(path is not null, $"no path of {string.Join('/', CausalTypes)} facts from {earlyLink} to {Coup}");
        Assert.Equal(earlyLink, path[0].StartId);
        Assert.Equal(Coup, path[^1].EndId);
    }

    [Theory]
    [InlineData("institutional_road")]
    [InlineData("popular_front_policy")]
    public void A_cause_only_the_author_asserts_reaches_the_coup_only_through_the_claim(string cause)
    {
        // Act
        var factsOnly = ShortestPath(cause, Coup, includeClaims: false);
        var withClaims = ShortestPath(cause, Coup, includeClaims: true);

        // Assert
        Assert.Null(factsOnly);
        Assert.NotNull(withClaims);
        Assert.Contains(withClaims, CuratedGraph.IsClaim);
    }

    /// <summary>Number of relationships on the shortest path of facts, or -1 when there is none.</summary>
    public static int ShortestFactualHops(CuratedGraph curated, string from, string to) =>
        new PlotChainTests(curated).ShortestPath(from, to, includeClaims: false)?.Count ?? -1;

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
                if (CausalTypes.Contains(next.Type) && (includeClaims || !CuratedGraph.IsClaim(next)) && cameBy.TryAdd(next.EndId, next))
                {
                    queue.Enqueue(next.EndId);
                }
            }
        }

        return null;
    }
}
