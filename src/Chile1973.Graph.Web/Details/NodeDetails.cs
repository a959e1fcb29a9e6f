namespace Chile1973.Graph.Web.Details;

/// <summary>Everything known of a node: its curated fields, its provenance, its other properties and every relationship.</summary>
public sealed record NodeDetails(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Start,
    string? End,
    string? Description,
    string? Source,
    string? Quote,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<RelationshipDetails> Relationships);
