namespace Chile1973.Graph.Web.Lenses.Paths;

/// <summary>One path found: its rank (1 is the shortest), its length, its nodes from start to end, and its edges (edge i joins node i and node i + 1).</summary>
public sealed record GraphPath(int Rank, int Length, IReadOnlyList<NodeElement> Nodes, IReadOnlyList<EdgeElement> Edges);
