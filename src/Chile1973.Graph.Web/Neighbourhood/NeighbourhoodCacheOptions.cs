namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>How many neighbourhood answers the server keeps to send again (<c>NeighbourhoodCache</c> section).</summary>
public sealed class NeighbourhoodCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NeighbourhoodCache";

    /// <summary>
    /// The most elements (nodes and edges) kept over all answers; 0 keeps none. An element costs a few hundred
    /// bytes, so the default holds some tens of megabytes: every depth-2 expansion of the article graph.
    /// </summary>
    public int MaxElements { get; set; } = 200_000;
}
