namespace Chile1973.Graph.Web.Options;

/// <summary>The explorer's settings, from the <c>Graph</c> configuration section (<c>Graph__Engine=Neo4j</c>, ...).</summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Graph";

    /// <summary>Which engine runs the queries.</summary>
    public GraphEngineKind Engine { get; set; } = GraphEngineKind.Embedded;

    /// <summary>The graph files for the embedded engine; defaults to <c>graph/</c> of the repository.</summary>
    public string? GraphDirectory { get; set; }

    /// <summary>The seed documents the quotes come from; defaults to <c>seeds/</c> of the repository.</summary>
    public string? SeedsDirectory { get; set; }

    /// <summary>
    /// Whether the graph files must pass the curated graph's checks (quotes found in the seeds, a category for
    /// every relationship type). False opens any graph in the same file format, such as a generated one for
    /// scale tests (<c>Graph__Curated=false</c>).
    /// </summary>
    public bool Curated { get; set; } = true;

    /// <summary>The node the page opens on; the most connected node when it does not exist.</summary>
    public string StartNodeId { get; set; } = "coup_1973";

    /// <summary>The most search results one call may ask for.</summary>
    public int MaxSearchResults { get; set; } = 50;

    /// <summary>The most rings one neighbourhood stream may walk.</summary>
    public int MaxDepth { get; set; } = 4;

    /// <summary>The most elements (nodes and edges) one neighbourhood stream may send.</summary>
    public int MaxNeighbourhoodElements { get; set; } = 2000;

    /// <summary>
    /// The most neighbours the first ring reads to rank (each frontier node reads at least as many as the ring may
    /// send). A hub with more has only that many ranked, so a ring costs the same on a large graph.
    /// </summary>
    public int MaxRingReads { get; set; } = 20_000;

    /// <summary>
    /// The same for every ring past the first, shared by its frontier nodes. The first ring is the focus's own
    /// neighbours and is ranked in full; an outer ring's frontier is often a hundred well connected nodes, whose
    /// first few hundred neighbours each cost a depth-2 expansion most of its time and send a few dozen nodes.
    /// </summary>
    public int MaxOuterRingReads { get; set; } = 2_000;

    /// <summary>The longest one query may run.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most rows one query may return; more is an error, not a silent cut.</summary>
    public long MaxRows { get; set; } = 50_000;

    /// <summary>The longest the query that reads every influence relationship may run (once per graph version).</summary>
    public TimeSpan InfluenceTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most influence relationships the influence scores read.</summary>
    public long MaxInfluenceRelationships { get; set; } = 10_000_000;

    /// <summary>
    /// The longest the app walks neighbourhoods at start, before it takes readers, so that its busiest code is
    /// compiled for them (it stops sooner once the runtime stops compiling); zero walks none.
    /// </summary>
    public TimeSpan WarmUp { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest the app plays readers against its own hub once it listens, before it says it is ready, so that the
    /// hub's path to the walks is compiled too (it stops sooner once each reader has connected a few times and the
    /// runtime stops compiling; the wait for the compiler after it is not counted); zero plays none.
    /// </summary>
    public TimeSpan HubWarmUp { get; set; } = TimeSpan.FromSeconds(10);
}
