using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.GraphFiles.Reading;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Cypher;

/// <summary>
/// The embedded engine as the explorer and the CLI open it, composed here once: the graph files read,
/// checked when they are the curated graph, in the in-memory store, with the explorer's full-text index
/// over names and aliases.
/// </summary>
public static class ExplorerEngine
{
    /// <summary>The engine's settings for the explorer's graph: its full-text index is <see cref="ExplorerQueries.NameIndex"/>.</summary>
    public static EmbeddedEngineOptions Options { get; } = new() { NameIndex = ExplorerQueries.NameIndex };

    /// <summary>An embedded engine over <paramref name="graph"/>.</summary>
    public static EmbeddedCypherEngine Open(KnowledgeGraph graph) => new(GraphStore.Load(graph), Options);

    /// <summary>
    /// An embedded engine over the graph files of <paramref name="graphDirectory"/>: when
    /// <paramref name="curated"/>, checked against the seeds and the vocabulary first; otherwise as read.
    /// </summary>
    /// <exception cref="GraphValidationException">The files have problems; every one is named.</exception>
    public static EmbeddedCypherEngine Open(
        string graphDirectory,
        string seedsDirectory,
        bool curated,
        IProgress<GraphFileProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (!curated)
        {
            return new(GraphStore.Load(GraphFileReader.Read(graphDirectory, progress, cancellationToken: cancellationToken)), Options);
        }

        var report = GraphValidator.Validate(graphDirectory, seedsDirectory, progress, cancellationToken);
        return Open(report.Graph ?? throw new GraphValidationException(report.Problems));
    }
}
