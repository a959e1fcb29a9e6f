using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Cypher;

/// <summary>
/// The embedded engine as the explorer and the CLI open it, composed here once: a checked graph in
/// the in-memory store, with the explorer's full-text index over names and aliases.
/// </summary>
public static class ExplorerEngine
{
    /// <summary>The engine's settings for the explorer's graph: its full-text index is <see cref="ExplorerQueries.NameIndex"/>.</summary>
    public static EmbeddedEngineOptions Options { get; } = new() { NameIndex = ExplorerQueries.NameIndex };

    /// <summary>An embedded engine over <paramref name="graph"/>.</summary>
    public static ICypherEngine Open(KnowledgeGraph graph) => new EmbeddedCypherEngine(GraphStore.Load(graph), Options);
}
