namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>How many neighbourhood answers the server keeps to send again (<c>NeighbourhoodCache</c> section).</summary>
public sealed class NeighbourhoodCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NeighbourhoodCache";

    /// <summary>
    /// The most elements (nodes and edges) kept over all answers; 0 keeps none. An element's names and properties
    /// are the graph's own strings, so it costs well under a hundred bytes: the default, about ten thousand
    /// expansions, holds every answer of the article graph and, on a generated graph of a million nodes, what 200
    /// readers open for minutes, for about 200 MB (benchmarks/README.md).
    /// </summary>
    public int MaxElements { get; set; } = 2_000_000;

    /// <summary>
    /// How many of the best-connected nodes have their neighbourhoods computed and kept before the app takes readers,
    /// in the shapes readers ask for most; 0 computes none. A ring ranks neighbours by degree, so readers reach the
    /// graph's hubs within a few moves wherever they start, and a hub's walk is the dearest there is
    /// (<see cref="NeighbourhoodPrefill"/>).
    /// </summary>
    public int Prefill { get; set; } = 1_000;
}
