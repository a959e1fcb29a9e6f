using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Cypher;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed class PlotChainCypherTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    // The question a historian asks the explorer, in the one language every feature speaks: every
    // route from one step to a later one over causal and sequence links, with each step's date.
    private const string Routes = """
        MATCH p = (a {id: $from})-[rels*1..12]->(b {id: $to})
        WHERE all(r IN rels WHERE r.category IN $categories)
        RETURN [n IN nodes(p) | n.id] AS steps, [n IN nodes(p) | coalesce(n.start, n.end)] AS dates,
               [r IN rels | r.claimed_by IS NOT NULL] AS claims
        """;

    [Theory]
    [InlineData("cia_intervention", "allende_ratification")]
    [InlineData("bosses_strike_1972", "coup_1973")]
    [InlineData("prats_harassment", "coup_1973")]
    [InlineData("march_4_september_1973", "coup_1973")]
    [InlineData("coup_1973", "dictatorship_repression")]
    public async Task Cypher_reads_a_thread_of_the_plot_step_by_step_as_the_one_route_with_dates_that_never_go_back(string from, string to)
    {
        // Arrange
        var expected = PlotChain.Read().Thread(from, to);
        var engine = new EmbeddedCypherEngine(GraphStore.Load(curated.Graph));
        var query = new CypherQuery(Routes, new Dictionary<string, object?>
        {
            ["from"] = from,
            ["to"] = to,
            ["categories"] = PlotChain.Categories.Cast<object?>().ToList(),
        });
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

        // Assert
        Assert.NotNull(expected);
        var row = Assert.Single(rows);
        Assert.Equal(expected, Strings(row["steps"]).OfType<string>().ToList());
        var dates = Strings(row["dates"]).OfType<string>().Select(PartialDate.Parse).ToList();
        Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.True(pair.Second.Latest >= pair.First.Earliest, $"{pair.Second} comes after {pair.First}"));
    }

    private static List<string?> Strings(object? list) =>
        Assert.IsAssignableFrom<IEnumerable<object?>>(list).Select(v => (string?)v).ToList();
}
