using System.CommandLine;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Stories;

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

            var model = report.Graph!;
            var stories = StoryReader.ReadGraphStories(graph);
            var storyProblems = StoryValidator.Validate(stories, model, SeedLibrary.Load(seeds));
            if (storyProblems.Count > 0)
            {
                foreach (var problem in storyProblems)
                {
                    context.Out.WriteLine(problem.ToString());
                }

                context.Out.WriteLine($"{storyProblems.Count} problem(s) in {stories.Count} story file(s).");
                return 1;
            }

            context.Out.WriteLine(
                $"OK: {model.Nodes.Count} nodes and {model.Relationships.Count} relationships in {report.FileCount} file(s), every quote found in its seed; {stories.Count} story file(s) checked.");
            return 0;
        }));
        return command;
    }
}
