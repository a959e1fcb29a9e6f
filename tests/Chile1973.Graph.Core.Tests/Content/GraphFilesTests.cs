using System.Text.RegularExpressions;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed partial class GraphFilesTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{

    [Fact]
    public void Graph_files_validate_without_a_single_problem()
    {
        // Act
        var problems = curated.Report.Problems.Select(p => p.ToString()).ToList();

        // Assert
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Graph_covers_the_whole_article_not_a_slice()
    {
        // Assert: the article names well over a hundred entities and twice as many links between them.
        Assert.True(curated.Graph.Nodes.Count > 150, $"only {curated.Graph.Nodes.Count} nodes");
        Assert.True(curated.Graph.Relationships.Count > 300, $"only {curated.Graph.Relationships.Count} relationships");
        Assert.All(Enum.GetValues<NodeKind>(), kind => Assert.Contains(curated.Graph.Nodes, n => n.Kind == kind));
    }

    [Fact]
    public void Every_node_takes_part_in_at_least_one_relationship()
    {
        // Arrange
        var linked = curated.Graph.Relationships.SelectMany(r => new[] { r.StartId, r.EndId }).ToHashSet(StringComparer.Ordinal);

        // Act
        var isolated = curated.Graph.Nodes.Where(n => !linked.Contains(n.Id)).Select(n => n.Id).ToList();

        // Assert
        Assert.Empty(isolated);
    }

    [Fact]
    public void Readme_lists_every_category_with_its_meaning_and_each_type_under_its_category()
    {
        // Arrange
        var vocabulary = Assert.IsType<RelationshipVocabulary>(curated.Report.Vocabulary);
        var readme = File.ReadAllText(Path.Combine(curated.Root, "graph", "README.md"));
        var categoryTable = readme[readme.IndexOf("### Relationship categories", StringComparison.Ordinal)..readme.IndexOf("### Relationship types", StringComparison.Ordinal)];
        var typeTables = readme[readme.IndexOf("### Relationship types", StringComparison.Ordinal)..readme.IndexOf("### Facts and claims", StringComparison.Ordinal)];

        // Act
        var documentedCategories = DocumentedCategory().Matches(categoryTable).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        var documentedTypes = CategoryHeading().Split(typeTables).Skip(1).Chunk(2)
            .SelectMany(section => DocumentedType().Matches(section[1]).Select(m => (Type: m.Groups[1].Value, Category: section[0])))
            .ToList();

        // Assert
        Assert.Equal(vocabulary.Categories.OrderBy(c => c.Key, StringComparer.Ordinal), documentedCategories.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(
            vocabulary.CategoryOfType.Select(t => (t.Key, t.Value)).Order(),
            documentedTypes.Select(t => (t.Type, t.Category)).Order());
    }

    [Fact]
    public void Every_declared_type_is_used_and_every_category_holds_a_used_type()
    {
        // Arrange
        var vocabulary = Assert.IsType<RelationshipVocabulary>(curated.Report.Vocabulary);
        var used = curated.Graph.Relationships.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

        // Act
        var unusedTypes = vocabulary.CategoryOfType.Keys.Where(t => !used.Contains(t)).Order().ToList();
        var emptyCategories = vocabulary.Categories.Keys
            .Where(c => !vocabulary.CategoryOfType.Any(t => t.Value == c && used.Contains(t.Key)))
            .ToList();

        // Assert
        Assert.Empty(unusedTypes);
        Assert.Empty(emptyCategories);
    }

    [Theory]
    [InlineData("causal", "LED_TO")]
    [InlineData("sequence", "PRECEDED")]
    [InlineData("influence", "INFLUENCED")]
    public void Relationship_carries_the_category_the_plot_chain_and_influence_questions_filter_on(string category, string type)
    {
        // Act
        var ofType = curated.Graph.Relationships.Where(r => r.Type == type).ToList();

        // Assert
        Assert.NotEmpty(ofType);
        Assert.All(ofType, r => Assert.Equal(category, r.Properties[GraphProperties.Category]));
    }

    [Fact]
    public void Causal_and_temporal_links_never_point_back_in_time()
    {
        // Act: a cause may share its period with its effect, but cannot begin after the effect has ended.
        var backwards = curated.Graph.Relationships
            .Where(r => PlotChain.Categories.Contains((string)r.Properties[GraphProperties.Category]!))
            .Select(r => (r.Id, From: curated.NodesById[r.StartId].Start, To: curated.NodesById[r.EndId].End ?? curated.NodesById[r.EndId].Start))
            .Where(x => x.From is { } from && x.To is { } to && from.Earliest > to.Latest)
            .Select(x => $"{x.Id}: {x.From} after {x.To}")
            .ToList();

        // Assert
        Assert.Empty(backwards);
    }

    [Fact]
    public void One_fact_is_one_row_so_no_two_relationships_between_the_same_nodes_quote_the_same_passage()
    {
        // Act
        var repeated = curated.Graph.Relationships
            .GroupBy(r => (Pair: string.CompareOrdinal(r.StartId, r.EndId) < 0 ? (r.StartId, r.EndId) : (r.EndId, r.StartId), r.Provenance.Quote))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(r => r.Id)))
            .ToList();

        // Assert
        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_relationship_whose_quote_names_neither_end_was_reviewed_and_kept_for_a_stated_reason()
    {
        // Act
        var unreviewed = curated.Report.QuotesNamingNeitherEnd
            .Where(f => !f.IsReviewed)
            .Select(f => $"{f.Relationship.Location}: {f.Relationship.Id}")
            .ToList();

        // Assert: fix the row, or list it in graph/review/quotes-naming-neither-end.csv with the reason it stands.
        Assert.Empty(unreviewed);
    }

    [Fact]
    public void Claims_file_holds_only_claims_and_every_claim_says_whose_reading_it_is()
    {
        // Act
        var factsAmongClaims = curated.Graph.Relationships
            .Where(r => r.Location?.File == "graph/relationships/claims.csv" && !CuratedGraph.IsClaim(r))
            .Select(r => r.Id)
            .ToList();

        // Assert
        Assert.Empty(factsAmongClaims);
    }

    [Fact]
    public void Interpretive_claims_are_attributed_to_a_person_or_organisation_in_the_graph()
    {
        // Arrange
        var claims = curated.Graph.Relationships.Where(CuratedGraph.IsClaim).ToList();

        // Act
        var misattributed = claims
            .Where(r => !curated.NodesById.TryGetValue((string)r.Properties[CuratedGraph.ClaimedBy]!, out var claimant)
                || claimant.Kind is not (NodeKind.Person or NodeKind.Organization))
            .Select(r => r.Id)
            .ToList();

        // Assert
        Assert.NotEmpty(claims);
        Assert.Empty(misattributed);
    }

    [GeneratedRegex(@"^\| `([A-Z][A-Z0-9_]*)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedType();

    [GeneratedRegex(@"^\| `([a-z_]+)` \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex DocumentedCategory();

    [GeneratedRegex(@"^#### `([a-z_]+)`$", RegexOptions.Multiline)]
    private static partial Regex CategoryHeading();
}
