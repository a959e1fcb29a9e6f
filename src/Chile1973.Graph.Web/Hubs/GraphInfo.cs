namespace Chile1973.Graph.Web.Hubs;

/// <summary>What the page shows on connecting: the engine, the graph's size and the node to open first.</summary>
public sealed record GraphInfo(string Engine, long Nodes, long Relationships, string? StartNodeId);
