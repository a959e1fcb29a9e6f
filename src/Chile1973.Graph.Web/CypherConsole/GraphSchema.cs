namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>What the console editor completes: the graph's labels, relationship types, relationship categories and property keys, sorted.</summary>
public sealed record GraphSchema(
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> RelationshipTypes,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> PropertyKeys);
