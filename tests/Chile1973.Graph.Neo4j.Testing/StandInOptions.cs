namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>Who the stand-in lets in and which database it serves.</summary>
public sealed record StandInOptions
{
    /// <summary>The user Basic auth must name.</summary>
    public string User { get; init; } = "neo4j";

    /// <summary>The password Basic auth must give.</summary>
    public string Password { get; init; } = QueryApiStandIn.DefaultPassword;

    /// <summary>The one database served at <c>/db/{name}/query/v2</c>; others are not found.</summary>
    public string Database { get; init; } = "neo4j";
}
