namespace Chile1973.Graph.Web.Elements;

/// <summary>A node in Cytoscape's element JSON: <c>{data: {...}}</c>.</summary>
public sealed record NodeElement(NodeData Data);
