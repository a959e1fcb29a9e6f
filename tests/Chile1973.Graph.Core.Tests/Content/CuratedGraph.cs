using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.Tests.Content;

/// <summary>The repository's own graph files, validated once and indexed for the content tests.</summary>
public sealed class CuratedGraph
{
    /// <summary>The extra property that attributes an interpretive claim to a node.</summary>
    public const string ClaimedBy = "claimed_by";

    public CuratedGraph()
    {
        Root = RepositoryPaths.FindRoot();
        Report = GraphValidator.Validate(
            Path.Combine(Root, RepositoryPaths.GraphFolder), Path.Combine(Root, RepositoryPaths.SeedsFolder), progress: null);
        Graph = Report.Graph ?? new KnowledgeGraph([], []);
        NodesById = Graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        RelationshipsById = Graph.Relationships.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Outgoing = Graph.Relationships.ToLookup(r => r.StartId, StringComparer.Ordinal);
    }

    /// <summary>The folder holding the solution, <c>graph/</c> and <c>seeds/</c>.</summary>
    public string Root { get; }

    public GraphValidationReport Report { get; }

    public KnowledgeGraph Graph { get; }

    public IReadOnlyDictionary<string, GraphNode> NodesById { get; }

    public IReadOnlyDictionary<string, GraphRelationship> RelationshipsById { get; }

    public ILookup<string, GraphRelationship> Outgoing { get; }

    /// <summary>True when the relationship is an interpretation attributed to someone, not an established fact.</summary>
    public static bool IsClaim(GraphRelationship relationship) =>
        relationship.Properties.TryGetValue(ClaimedBy, out var claimant) && claimant is not null;
}
