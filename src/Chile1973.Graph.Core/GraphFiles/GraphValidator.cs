using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// Checks the graph files (format in <c>graph/README.md</c>) against the schema and the seeds, and
/// reports every problem at once: a curator fixes a whole batch per run instead of one error at a time.
/// </summary>
public static class GraphValidator
{
    /// <summary>The folder of node files inside the graph directory.</summary>
    public const string NodesFolder = "nodes";

    /// <summary>The folder of relationship files inside the graph directory.</summary>
    public const string RelationshipsFolder = "relationships";

    /// <summary>Checks the graph files; the report holds the graph only when no problem was found.</summary>
    public static GraphValidationReport Validate(string graphDirectory, string seedsDirectory) =>
        Validate(graphDirectory, seedsDirectory, progress: null);

    /// <summary>Checks the graph files, reporting progress after each file.</summary>
    public static GraphValidationReport Validate(string graphDirectory, string seedsDirectory, IProgress<GraphFileProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(graphDirectory);
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        var graphPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(graphDirectory));
        var root = Path.GetDirectoryName(graphPath) ?? graphPath;
        var seedsPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsDirectory));
        var seeds = Directory.Exists(seedsPath) ? SeedLibrary.Load(seedsPath) : new SeedLibrary([]);
        var context = new GraphValidationContext(seeds);
        if (!Directory.Exists(seedsPath))
        {
            context.Problems.Add(new GraphProblem(Relative(root, seedsPath), 0, "file", "seeds directory not found"));
        }

        if (Directory.Exists(graphPath))
        {
            context.Vocabulary = RelationshipVocabulary.Read(graphPath, root, context.Problems);
        }

        var files = new List<(string Path, GraphFileKind Kind)>();
        foreach (var (folder, kind) in new[] { (NodesFolder, GraphFileKind.Nodes), (RelationshipsFolder, GraphFileKind.Relationships) })
        {
            var path = Path.Combine(graphPath, folder);
            if (!Directory.Exists(path))
            {
                context.Problems.Add(new GraphProblem(Relative(root, path), 0, "file", $"directory not found: the graph directory needs {NodesFolder}/ and {RelationshipsFolder}/"));
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(path, "*.csv")
                .Order(StringComparer.Ordinal)
                .Select(file => (file, kind)));
        }

        for (var i = 0; i < files.Count; i++)
        {
            var (path, kind) = files[i];
            var file = Relative(root, path);
            var records = CsvReader.Read(File.ReadAllText(path), file, context.Problems);
            if (records.Count == 0 || records[0].Line != 1)
            {
                context.Problems.Add(new GraphProblem(file, 1, "header", "the first line must be the header"));
            }
            else if (kind == GraphFileKind.Nodes)
            {
                NodeFileReader.Read(file, records, context);
            }
            else
            {
                RelationshipFileReader.Read(file, records, context);
            }

            progress?.Report(new GraphFileProgress(file, i + 1, files.Count));
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
            FileCount = files.Count,
            Vocabulary = context.Vocabulary,
            QuotesNamingNeitherEnd = findings,
        };
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
