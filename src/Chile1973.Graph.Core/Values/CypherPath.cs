namespace Chile1973.Graph.Core.Values;

/// <summary>
/// A path: nodes[0], rels[0], nodes[1], ... Each relationship may be traversed in either direction;
/// compare its start element id with the node before it to know which.
/// </summary>
public sealed class CypherPath(IReadOnlyList<CypherNode> nodes, IReadOnlyList<CypherRelationship> relationships)
    : IEquatable<CypherPath>
{
    /// <summary>The nodes, one more than the relationships.</summary>
    public IReadOnlyList<CypherNode> Nodes { get; } = nodes.Count == relationships.Count + 1
        ? nodes
        : throw new ArgumentException("A path has one node more than it has relationships.", nameof(nodes));

    /// <summary>The relationships in path order.</summary>
    public IReadOnlyList<CypherRelationship> Relationships { get; } = relationships;

    /// <summary>The first node.</summary>
    public CypherNode Start => Nodes[0];

    /// <summary>The last node.</summary>
    public CypherNode End => Nodes[^1];

    /// <summary>The number of relationships.</summary>
    public int Length => Relationships.Count;

    /// <inheritdoc />
    public bool Equals(CypherPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CypherPath);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <inheritdoc />
    public override string ToString() => CypherValues.ToLiteral(this);
}
