namespace Chile1973.Graph.Core.Model;

/// <summary>A whole curated graph: what the graph files describe, validated and ready to load.</summary>
public sealed class KnowledgeGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
{
    /// <summary>The nodes, in file order.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; } = nodes;

    /// <summary>The relationships, in file order.</summary>
    public IReadOnlyList<GraphRelationship> Relationships { get; } = relationships;
}
