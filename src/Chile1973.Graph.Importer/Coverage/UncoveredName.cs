namespace Chile1973.Graph.Importer.Coverage;

/// <summary>A name in a seed that no node names yet.</summary>
/// <param name="Name">The name as first written.</param>
/// <param name="Count">How often it occurs, in any case or accent.</param>
/// <param name="DocumentId">The seed where it first occurs.</param>
/// <param name="FirstLine">The 1-based line of its first occurrence.</param>
public sealed record UncoveredName(string Name, int Count, string DocumentId, int FirstLine);
