using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed class PlotChainCypherTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    // The question a historian asks the explorer, in the one language every feature speaks.
    private const string ShortestFactualChain = """
        MATCH p = shortestPath((early {id: $from})-[:LED_TO|CAUSED|PRECEDED*1..12]->(coup:Event {id: $coup}))
        WHERE all(r IN relationships(p) WHERE r.claimed_by IS NULL)
        RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS chain
        """;

    public static TheoryData<string> EarlyLinks() => PlotChainTests.EarlyLinks();

    [Theory]
    [MemberData(nameof(EarlyLinks))]
    public async Task Early_link_reaches_the_coup_in_a_read_only_Cypher_path_query(string earlyLink)
    {
        // Arrange
        var engine = new EmbeddedCypherEngine(GraphStore.Load(curated.Graph));
        var query = new CypherQuery(ShortestFactualChain, new Dictionary<string, object?> { ["from"] = earlyLink, ["coup"] = "coup_1973" });
        var cancellationToken = TestContext.Current.CancellationToken;

        // Act
        var rows = new List<CypherRecord>();
        await using (var cursor = await engine.RunAsync(query, QueryOptions.Read, cancellationToken))
        {
            await foreach (var record in cursor.WithCancellation(cancellationToken))
            {
                rows.Add(record);
            }
        }

        // Assert: the engine finds the chain, as short as the plain search over the files finds it.
        var row = Assert.Single(rows);
        var chain = Assert.IsAssignableFrom<IEnumerable<object?>>(row["chain"]).Cast<string>().ToList();
        Assert.Equal(earlyLink, chain[0]);
        Assert.Equal("coup_1973", chain[^1]);
        Assert.Equal(PlotChainTests.ShortestFactualHops(curated, earlyLink, "coup_1973"), Convert.ToInt32(row["hops"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
