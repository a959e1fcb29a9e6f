namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>Which paths of each start-and-end partition a <see cref="PathSelector"/> keeps.</summary>
public enum PathSelectorKind
{
    /// <summary><c>ALL</c>: every path (not selective).</summary>
    All,

    /// <summary><c>ANY k</c>: any k paths.</summary>
    Any,

    /// <summary><c>SHORTEST k</c>: the k shortest paths.</summary>
    Shortest,

    /// <summary><c>ALL SHORTEST</c>: every path of the shortest length.</summary>
    AllShortest,

    /// <summary><c>SHORTEST k GROUPS</c>: every path whose length is among the k shortest lengths.</summary>
    ShortestGroups,
}
