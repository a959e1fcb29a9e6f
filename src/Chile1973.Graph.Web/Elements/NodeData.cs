namespace Chile1973.Graph.Web.Elements;

/// <summary>The <c>data</c> of a Cytoscape node: its id, label (the name), kind, degree and dates.</summary>
public sealed record NodeData(
    string Id,
    string Label,
    string Kind,
    long Degree,
    string? Start = null,
    string? End = null,
    string? Description = null);
