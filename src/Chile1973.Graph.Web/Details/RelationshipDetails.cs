namespace Chile1973.Graph.Web.Details;

/// <summary>One relationship of a node, seen from that node, with its provenance.</summary>
/// <param name="Direction"><c>out</c> when the node is the relationship's start, <c>in</c> when it is its end.</param>
public sealed record RelationshipDetails(
    string Id,
    string Type,
    string Label,
    string Direction,
    string OtherId,
    string OtherName,
    string OtherKind,
    string? Start,
    string? End,
    string? Source,
    string? Quote,
    IReadOnlyDictionary<string, object?> Properties);
