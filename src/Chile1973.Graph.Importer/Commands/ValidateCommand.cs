using System.CommandLine;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>validate</c>: checks the graph files and lists every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var locations = new GraphLocationOptions();
        var command = new Command("validate", "Check every graph file against the format and the seeds; list all problems (exit code 1 when there are any)");
        locations.AddTo(command);
        command.SetAction(parseResult => CommandErrors.Guard(context, () =>
        {
            var (graph, seeds) = locations.Resolve(parseResult);
            var report = GraphLoader.Validate(context, graph, seeds);
            if (!report.IsValid)
            {
                GraphLoader.PrintProblems(context.Out, report.Problems, $"in {report.FileCount} file(s).");
                return 1;
            }

            context.Out.WriteLine(
                $"OK: {report.Graph!.Nodes.Count} nodes and {report.Graph.Relationships.Count} relationships in {report.FileCount} file(s), every quote found in its seed.");
            return 0;
        }));
        return command;
    }
}
