namespace Chile1973.Graph.Web.Search;

/// <summary>A node whose name or an alias matches the search text; higher scores first.</summary>
public sealed record SearchHit(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, double Score);
