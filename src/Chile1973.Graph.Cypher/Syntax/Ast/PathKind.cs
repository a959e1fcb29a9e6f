namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>How a pattern part matches paths.</summary>
public enum PathKind
{
    /// <summary>Every path that matches.</summary>
    All,

    /// <summary><c>shortestPath(...)</c>: one shortest path.</summary>
    Shortest,

    /// <summary><c>allShortestPaths(...)</c>: every shortest path.</summary>
    AllShortest,
}
