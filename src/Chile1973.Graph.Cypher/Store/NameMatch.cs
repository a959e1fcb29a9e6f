namespace Chile1973.Graph.Cypher.Store;

/// <summary>A node found by name search and how well it matched (exact 1.0, prefix 0.8, word prefix 0.7, infix 0.5).</summary>
public readonly record struct NameMatch(int Node, double Score);
