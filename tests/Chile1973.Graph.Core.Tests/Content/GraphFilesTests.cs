using System.Text.RegularExpressions;
using Chile1973.Graph.Core.Model;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Content;

public sealed partial class GraphFilesTests(CuratedGraph curated) : IClassFixture<CuratedGraph>
{
    private static readonly HashSet<string> ForwardInTime = new(StringComparer.Ordinal) { "LED_TO", "CAUSED", "PRECEDED" };

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
    public void Every_relationship_type_in_the_graph_is_documented_in_the_vocabulary()
    {
        // Arrange
        var readme = File.ReadAllText(Path.Combine(curated.Root, "graph", "README.md"));
        var vocabulary = readme[readme.IndexOf("## Vocabulary", StringComparison.Ordinal)..];
        var documented = DocumentedType().Matches(vocabulary).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        // Act
        var undocumented = curated.Graph.Relationships.Select(r => r.Type).Distinct().Where(t => !documented.Contains(t)).Order().ToList();

        // Assert
        Assert.Empty(undocumented);
    }

    [Fact]
    public void Causal_and_temporal_links_never_point_back_in_time()
    {
        // Act: a cause may share its period with its effect, but cannot begin after the effect has ended.
        var backwards = curated.Graph.Relationships
            .Where(r => ForwardInTime.Contains(r.Type))
            .Select(r => (r.Id, From: curated.NodesById[r.StartId].Start, To: curated.NodesById[r.EndId].End ?? curated.NodesById[r.EndId].Start))
            .Where(x => x.From is { } from && x.To is { } to && from.Earliest > to.Latest)
            .Select(x => $"{x.Id}: {x.From} after {x.To}")
            .ToList();

        // Assert
        Assert.Empty(backwards);
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
}
