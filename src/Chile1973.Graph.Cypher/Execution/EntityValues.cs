namespace Chile1973.Graph.Cypher.Execution;

/// <summary>A node inside the engine: its store id (properties are read from the store when needed).</summary>
internal sealed class NodeRef(int id) : IEquatable<NodeRef>
{
    public int Id { get; } = id;

    public bool Equals(NodeRef? other) => other is not null && other.Id == Id;

    public override bool Equals(object? obj) => Equals(obj as NodeRef);

    public override int GetHashCode() => Id;
}

/// <summary>A relationship inside the engine: its store id.</summary>
internal sealed class RelRef(int id) : IEquatable<RelRef>
{
    public int Id { get; } = id;

    public bool Equals(RelRef? other) => other is not null && other.Id == Id;

    public override bool Equals(object? obj) => Equals(obj as RelRef);

    public override int GetHashCode() => Id ^ 0x5bd1e995;
}

/// <summary>A path inside the engine: node ids and the relationship ids between them.</summary>
internal sealed class PathValue(int[] nodes, int[] relationships) : IEquatable<PathValue>
{
    public int[] Nodes { get; } = nodes;

    public int[] Relationships { get; } = relationships;

    public bool Equals(PathValue? other) =>
        other is not null && Nodes.AsSpan().SequenceEqual(other.Nodes) && Relationships.AsSpan().SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => Equals(obj as PathValue);

    public override int GetHashCode() => HashCode.Combine(Nodes.Length, Nodes[0], Relationships.Length > 0 ? Relationships[0] : -1);
}
