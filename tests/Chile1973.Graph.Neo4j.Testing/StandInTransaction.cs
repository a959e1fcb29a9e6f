using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Store;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// An open explicit transaction: its statements run on a private copy of the graph, so they see their
/// own writes and nobody else does; commit makes the copy the graph, rollback drops it.
/// </summary>
internal sealed class StandInTransaction(string id, GraphStore store, long baseVersion, AccessMode mode) : IDisposable
{
    public string Id { get; } = id;

    public EmbeddedCypherEngine Engine { get; } = new(store, ExplorerEngine.Options);

    public GraphStore Store { get; } = store;

    /// <summary>The graph's version when the transaction began; a commit over a newer graph would lose writes.</summary>
    public long BaseVersion { get; } = baseVersion;

    public AccessMode Mode { get; } = mode;

    /// <summary>One request at a time, as on a Neo4j transaction.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>True once a statement changed the copy; a transaction that only read commits nothing.</summary>
    public bool HasWrites { get; set; }

    public DateTimeOffset Expires { get; set; } = DateTimeOffset.UtcNow.AddSeconds(60);

    public void Dispose() => Gate.Dispose();
}
