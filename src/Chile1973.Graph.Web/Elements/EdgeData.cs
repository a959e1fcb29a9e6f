namespace Chile1973.Graph.Web.Elements;

/// <summary>The <c>data</c> of a Cytoscape edge: its relationship, the label shown, the quote that supports it, its category.</summary>
public sealed record EdgeData(
    string Id,
    string Source,
    string Target,
    string Type,
    string Label,
    string? Quote = null,
    string? Start = null,
    string? End = null,
    string? ClaimedBy = null,
    string? Category = null);
