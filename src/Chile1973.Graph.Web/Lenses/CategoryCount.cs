namespace Chile1973.Graph.Web.Lenses;

/// <summary>A relationship category of the graph and how many relationships carry it.</summary>
public sealed record CategoryCount(string Category, long Relationships);
