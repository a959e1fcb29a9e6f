using Chile1973.Graph.Core.GraphFiles.Reading;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// Checks a graph read by <see cref="GraphFileReader"/> against what the curated graph promises (format in
/// <c>graph/README.md</c>): provenance quoted verbatim from the seeds, a category for every relationship type,
/// ids, labels and dates as the explorer reads them. Reports every problem at once: a curator fixes a whole
/// batch per run instead of one error at a time.
/// </summary>
public static class GraphValidator
{
    /// <summary>Reads and checks the graph files; the report holds the graph only when no problem was found.</summary>
    public static GraphValidationReport Validate(string graphDirectory, string seedsDirectory) =>
        Validate(graphDirectory, seedsDirectory, progress: null);

    /// <summary>Reads and checks the graph files, reporting progress after each file.</summary>
    public static GraphValidationReport Validate(
        string graphDirectory, string seedsDirectory, IProgress<GraphFileProgress>? progress, CancellationToken cancellationToken = default) =>
        Check(GraphFileReader.Read(graphDirectory, progress, GraphFileHeader.Rule, cancellationToken), graphDirectory, seedsDirectory);

    /// <summary>Checks graph files already read from <paramref name="graphDirectory"/> (with the curated header rules, as <see cref="Validate(string, string)"/> reads them).</summary>
    public static GraphValidationReport Check(GraphFileSet files, string graphDirectory, string seedsDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(graphDirectory);
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        var graphPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(graphDirectory));
        var root = Path.GetDirectoryName(graphPath) ?? graphPath;
        var seedsPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsDirectory));
        var seeds = Directory.Exists(seedsPath) ? SeedLibrary.Load(seedsPath) : new SeedLibrary([]);
        var context = new GraphValidationContext(seeds);
        context.Problems.AddRange(files.Problems);
        if (!Directory.Exists(seedsPath))
        {
            context.Problems.Add(new GraphProblem(Relative(root, seedsPath), 0, "file", "seeds directory not found"));
        }

        if (Directory.Exists(graphPath))
        {
            context.Vocabulary = RelationshipVocabulary.Read(graphPath, root, context.Problems);
        }

        foreach (var table in files.NodeFiles)
        {
            context.NodeIds.UnionWith(table.Ids.Where(static id => id.Length > 0));
        }

        foreach (var table in files.NodeFiles)
        {
            NodeFileChecks.Check(table, context);
        }

        foreach (var table in files.RelationshipFiles)
        {
            RelationshipFileChecks.Check(table, files, context);
        }

        context.CheckDeferred();
        var findings = new List<QuoteFinding>();
        if (Directory.Exists(graphPath))
        {
            var allowed = QuoteReview.ReadAllowList(graphPath, root, context.Problems, out var allowListFile);
            if (context.Problems.Count == 0)
            {
                findings = QuoteReview.Review(context.Nodes, context.Relationships, allowed, allowListFile, context.Problems);
            }
        }

        var problems = context.Problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ToList();
        var graph = problems.Count == 0 ? new KnowledgeGraph(context.Nodes, context.Relationships) : null;
        return new GraphValidationReport(problems, graph) {
            FileCount = files.FileCount,
            Vocabulary = context.Vocabulary,
            QuotesNamingNeitherEnd = findings,
        };
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
