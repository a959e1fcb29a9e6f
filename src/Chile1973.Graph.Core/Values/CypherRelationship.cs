namespace Chile1973.Graph.Core.Values;

/// <summary>A relationship as a query returns it. Equal when it is the same relationship (same element id).</summary>
public sealed class CypherRelationship(
    string elementId,
    string type,
    string startElementId,
    string endElementId,
    IReadOnlyDictionary<string, object?> properties)
    : IEquatable<CypherRelationship>
{
    /// <summary>The engine's id of the relationship.</summary>
    public string ElementId { get; } = elementId;

    /// <summary>The relationship type.</summary>
    public string Type { get; } = type;

    /// <summary>Element id of the node it leaves.</summary>
    public string StartElementId { get; } = startElementId;

    /// <summary>Element id of the node it enters.</summary>
    public string EndElementId { get; } = endElementId;

    /// <summary>The relationship's properties.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    /// <inheritdoc />
    public bool Equals(CypherRelationship? other) => other is not null && string.Equals(ElementId, other.ElementId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CypherRelationship);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ElementId);

    /// <inheritdoc />
    public override string ToString() => CypherValues.ToLiteral(this);
}
