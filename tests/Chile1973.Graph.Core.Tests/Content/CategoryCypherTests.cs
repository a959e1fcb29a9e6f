using System.Globalization;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Store;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed class CategoryCypherTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    private const string CountByType = """
        MATCH ()-[r {category: $category}]->()
        RETURN type(r) AS type, count(r) AS relationships
        ORDER BY type
        """;

    [Theory]
    [InlineData("causal")]
    [InlineData("sequence")]
    [InlineData("influence")]
    [InlineData("place")]
    public async Task Cypher_filter_on_a_category_finds_every_relationship_of_the_types_declared_under_it(string category)
    {
        // Arrange
        var vocabulary = Assert.IsType<RelationshipVocabulary>(curated.Report.Vocabulary);
        var expected = curated.Graph.Relationships
            .Where(r => vocabulary.CategoryOfType[r.Type] == category)
            .GroupBy(r => r.Type)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}")
            .ToList();
        var engine = new EmbeddedCypherEngine(GraphStore.Load(curated.Graph));
        var query = new CypherQuery(CountByType, new Dictionary<string, object?> { ["category"] = category });
        var cancellationToken = TestContext.Current.CancellationToken;

        // Act
        var actual = new List<string>();
        await using (var cursor = await engine.RunAsync(query, QueryOptions.Read, cancellationToken))
        {
            await foreach (var record in cursor.WithCancellation(cancellationToken))
            {
                actual.Add(string.Create(CultureInfo.InvariantCulture, $"{record["type"]} {record["relationships"]}"));
            }
        }

        // Assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
