using System.Globalization;
using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed class ArticleFactTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    public static TheoryData<string, string, string, string> Facts()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in ContentCaseFile.Read("article-facts.txt"))
        {
            data.Add(row[0], row[1], row[2], row[3]);
        }

        return data;
    }

    public static TheoryData<string, string> NonFacts()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in ContentCaseFile.Read("article-non-facts.txt"))
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void Graph_states_the_fact_as_the_article_does_and_quotes_the_words_that_support_it(
        string elementId, string property, string expected, string supportingWords)
    {
        // Arrange
        var (properties, quote) = Find(elementId);

        // Act
        var actual = property.Length == 0 ? null : properties.GetValueOrDefault(property);

        // Assert
        if (property.Length > 0)
        {
            Assert.True(actual is not null, $"{elementId} has no '{property}'");
            Assert.Equal(expected, Convert.ToString(actual, CultureInfo.InvariantCulture));
        }

        Assert.Contains(supportingWords, quote, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NonFacts))]
    public void Graph_does_not_assert_a_relationship_the_article_does_not_support(string relationshipId, string why)
    {
        // Act
        var asserted = curated.RelationshipsById.ContainsKey(relationshipId);

        // Assert
        Assert.False(asserted, $"{relationshipId} is in the graph, but {why}");
    }

    private (IReadOnlyDictionary<string, object?> Properties, string Quote) Find(string elementId)
    {
        if (curated.NodesById.TryGetValue(elementId, out var node))
        {
            return (GraphProperties.Of(node), node.Provenance.Quote);
        }

        Assert.True(curated.RelationshipsById.TryGetValue(elementId, out var relationship), $"no node or relationship '{elementId}'");
        var properties = GraphProperties.Of(relationship);
        properties["type"] = relationship.Type;
        return (properties, relationship.Provenance.Quote);
    }
}
