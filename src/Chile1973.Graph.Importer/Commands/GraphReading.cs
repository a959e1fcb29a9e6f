using Chile1973.Graph.Cypher;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary>Reads the graph files for a command, with a progress bar per file on a terminal, and prints their problems.</summary>
internal static class GraphReading
{
    /// <summary>Reads and checks the curated graph files.</summary>
    public static GraphValidationReport Validate(CliContext context, string graphDirectory, string seedsDirectory) =>
        WithProgress(context, progress => GraphValidator.Validate(graphDirectory, seedsDirectory, progress));

    /// <summary>The checked curated graph.</summary>
    /// <exception cref="GraphValidationException">The files have problems; every one is named.</exception>
    public static KnowledgeGraph Load(CliContext context, string graphDirectory, string seedsDirectory)
    {
        var report = Validate(context, graphDirectory, seedsDirectory);
        return report.Graph ?? throw new GraphValidationException(report.Problems);
    }

    /// <summary>The embedded engine over the graph files, checked as the curated graph when <paramref name="curated"/>.</summary>
    /// <exception cref="GraphValidationException">The files have problems; every one is named.</exception>
    public static ICypherEngine OpenEngine(CliContext context, string graphDirectory, string seedsDirectory, bool curated, CancellationToken cancellationToken) =>
        WithProgress(context, progress => ExplorerEngine.Open(graphDirectory, seedsDirectory, curated, progress, cancellationToken));

    /// <summary>Prints every problem as <c>path:line: field: message</c> and then <c>N problem(s) {summary}</c>.</summary>
    public static void PrintProblems(TextWriter writer, IReadOnlyList<GraphProblem> problems, string summary)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem.ToString());
        }

        writer.WriteLine($"{problems.Count} problem(s) {summary}");
    }

    private static T WithProgress<T>(CliContext context, Func<IProgress<GraphFileProgress>?, T> read)
    {
        if (!context.ShowsProgress)
        {
            return read(null);
        }

        return context.Console.Progress()
            .AutoClear(true)
            .Start(progress =>
            {
                var task = progress.AddTask("Reading graph files");
                return read(new SynchronousProgress(p =>
                {
                    task.MaxValue = p.FilesTotal;
                    task.Value = p.FilesDone;
                    task.Description = p.File;
                }));
            });
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so the bar moves as files are read.</summary>
    private sealed class SynchronousProgress(Action<GraphFileProgress> report) : IProgress<GraphFileProgress>
    {
        public void Report(GraphFileProgress value) => report(value);
    }
}
