using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary>Reads and checks the graph files, with a progress bar per file on a terminal.</summary>
internal static class GraphLoader
{
    public static GraphValidationReport Validate(CliContext context, string graphDirectory, string seedsDirectory)
    {
        if (!context.ShowsProgress)
        {
            return GraphValidator.Validate(graphDirectory, seedsDirectory);
        }

        return context.Console.Progress()
            .AutoClear(true)
            .Start(progress =>
            {
                var task = progress.AddTask("Reading graph files");
                var reporter = new SynchronousProgress(p =>
                {
                    task.MaxValue = p.FilesTotal;
                    task.Value = p.FilesDone;
                    task.Description = p.File;
                });
                return GraphValidator.Validate(graphDirectory, seedsDirectory, reporter);
            });
    }

    /// <summary>The checked graph.</summary>
    /// <exception cref="GraphValidationException">The files have problems; every one is named.</exception>
    public static KnowledgeGraph Load(CliContext context, string graphDirectory, string seedsDirectory)
    {
        var report = Validate(context, graphDirectory, seedsDirectory);
        return report.Graph ?? throw new GraphValidationException(report.Problems);
    }

    /// <summary>Prints every problem as <c>path:line: field: message</c> and then <c>N problem(s) {summary}</c>.</summary>
    public static void PrintProblems(TextWriter writer, IReadOnlyList<GraphProblem> problems, string summary)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem.ToString());
        }

        writer.WriteLine($"{problems.Count} problem(s) {summary}");
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so the bar moves as files are read.</summary>
    private sealed class SynchronousProgress(Action<GraphFileProgress> report) : IProgress<GraphFileProgress>
    {
        public void Report(GraphFileProgress value) => report(value);
    }
}
