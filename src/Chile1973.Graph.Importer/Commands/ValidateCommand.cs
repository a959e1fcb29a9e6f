using Chile1973.Graph.Stories;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>validate</c>: checks the graph files and lists every problem; <c>--review</c> adds the review aid.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var locations = new GraphLocationOptions();
        var review = new Option<bool>("--review")
        {
            Description = "Also list the relationships whose quote names neither end, with the reason each reviewed one was kept",
        };
        var command = new Command("validate", "Check every graph file against the format and the seeds; list all problems (exit code 1 when there are any)");
        locations.AddTo(command);
        command.Options.Add(review);
        command.SetAction(parseResult => CommandErrors.Guard(context, () =>
        {
            var (graph, seeds) = locations.Resolve(parseResult);
            var report = GraphReading.Validate(context, graph, seeds);
            if (!report.IsValid)
            {
                GraphReading.PrintProblems(context.Out, report.Problems, $"in {report.FileCount} file(s).");
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
            if (parseResult.GetValue(review))
            {
                PrintReview(context, report);
            }

            return 0;
        }));
        return command;
    }

    private static void PrintReview(CliContext context, GraphValidationReport report)
    {
        var findings = report.QuotesNamingNeitherEnd;
        foreach (var finding in findings.OrderBy(f => f.IsReviewed))
        {
            var r = finding.Relationship;
            var where = r.Location is { } location ? $"{location.File}:{location.Line}" : r.Id;
            var verdict = finding.Reason is { } reason ? $"reviewed: {reason}" : "NOT REVIEWED";
            context.Out.WriteLine($"{where}: ({r.StartId})-[:{r.Type}]->({r.EndId}): {verdict}");
        }

        var open = findings.Count(f => !f.IsReviewed);
        context.Out.WriteLine(
            $"{findings.Count} relationship(s) whose quote names neither end; {open} not yet reviewed (list the reviewed ones in {QuoteReview.Folder}/{QuoteReview.AllowListFile} with a reason).");
    }
}
