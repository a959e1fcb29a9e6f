namespace Chile1973.Graph.Core.Querying;

/// <summary>The update counters of a query, as Neo4j reports them.</summary>
public sealed record QueryCounters
{
    public int NodesCreated { get; init; }
    public int NodesDeleted { get; init; }
    public int RelationshipsCreated { get; init; }
    public int RelationshipsDeleted { get; init; }
    public int PropertiesSet { get; init; }
    public int LabelsAdded { get; init; }
    public int LabelsRemoved { get; init; }
    public int IndexesAdded { get; init; }
    public int IndexesRemoved { get; init; }
    public int ConstraintsAdded { get; init; }
    public int ConstraintsRemoved { get; init; }

    /// <summary>True when the query changed the graph or its schema.</summary>
    public bool ContainsUpdates => NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted
        + PropertiesSet + LabelsAdded + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    /// <summary>No updates.</summary>
    public static QueryCounters None { get; } = new();
}
