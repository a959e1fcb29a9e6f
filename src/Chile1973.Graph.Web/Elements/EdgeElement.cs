namespace Chile1973.Graph.Web.Elements;

/// <summary>An edge in Cytoscape's element JSON: <c>{data: {...}}</c>.</summary>
public sealed record EdgeElement(EdgeData Data);
