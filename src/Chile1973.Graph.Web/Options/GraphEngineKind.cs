namespace Chile1973.Graph.Web.Options;

/// <summary>Which engine answers the explorer's queries.</summary>
public enum GraphEngineKind
{
    /// <summary>The in-process store and openCypher engine, loaded from the graph files.</summary>
    Embedded,

    /// <summary>A Neo4j server through its HTTP Query API.</summary>
    Neo4j,
}
