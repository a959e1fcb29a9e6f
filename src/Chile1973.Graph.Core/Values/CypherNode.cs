namespace Chile1973.Graph.Core.Values;

/// <summary>A node as a query returns it. Two nodes are equal when they are the same node (same element id).</summary>
public sealed class CypherNode(string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    : IEquatable<CypherNode>
{
    /// <summary>The engine's id of the node (stable within one engine's run).</summary>
    public string ElementId { get; } = elementId;

    /// <summary>The node's labels.</summary>
    public IReadOnlyList<string> Labels { get; } = labels;

    /// <summary>The node's properties.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    /// <inheritdoc />
    public bool Equals(CypherNode? other) => other is not null && string.Equals(ElementId, other.ElementId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CypherNode);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ElementId);

    /// <inheritdoc />
    public override string ToString() => CypherValues.ToLiteral(this);
}
