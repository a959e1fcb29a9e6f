using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Loads the graph files as a whole: all of the graph, or nothing and every problem.</summary>
public static class GraphDirectory
{
    /// <summary>Reads and checks the graph files.</summary>
    /// <exception cref="GraphValidationException">Any problem was found; nothing is returned.</exception>
    public static KnowledgeGraph Load(string graphDirectory, string seedsDirectory) =>
        Load(graphDirectory, seedsDirectory, progress: null);

    /// <summary>Reads and checks the graph files, reporting progress after each file.</summary>
    /// <exception cref="GraphValidationException">Any problem was found; nothing is returned.</exception>
    public static KnowledgeGraph Load(string graphDirectory, string seedsDirectory, IProgress<GraphFileProgress>? progress)
    {
        var report = GraphValidator.Validate(graphDirectory, seedsDirectory, progress);
        return report.Graph ?? throw new GraphValidationException(report.Problems);
    }
}
