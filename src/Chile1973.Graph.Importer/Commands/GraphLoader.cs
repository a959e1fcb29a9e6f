using Chile1973.Graph.Core.GraphFiles;
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

    /// <summary>Prints every problem as <c>path:line: field: message</c> and a summary line.</summary>
    public static void PrintProblems(CliContext context, GraphValidationReport report)
    {
        foreach (var problem in report.Problems)
        {
            context.Out.WriteLine(problem.ToString());
        }

        context.Out.WriteLine($"{report.Problems.Count} problem(s) in {report.FileCount} file(s).");
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so the bar moves as files are read.</summary>
    private sealed class SynchronousProgress(Action<GraphFileProgress> report) : IProgress<GraphFileProgress>
    {
        public void Report(GraphFileProgress value) => report(value);
    }
}
