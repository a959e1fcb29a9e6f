using System.CommandLine;
using System.Globalization;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Importer.Coverage;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>coverage</c>: names in the seeds that no node names yet.</summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context)
    {
        var locations = new GraphLocationOptions();
        var command = new Command("coverage", "List the capitalised names and acronyms of the seeds that match no node name or alias");
        locations.AddTo(command);
        command.SetAction(parseResult => CommandErrors.Guard(context, () =>
        {
            var (graph, seeds) = locations.Resolve(parseResult);
            var report = GraphLoader.Validate(context, graph, seeds);
            if (report.Graph is not { } knowledge)
            {
                GraphLoader.PrintProblems(context, report);
                return 1;
            }

            var uncovered = NameCoverage.Find(SeedLibrary.Load(seeds), knowledge);
            var table = new Table().AddColumn("Name").AddColumn(new TableColumn("Count").RightAligned()).AddColumn("First seen");
            foreach (var name in uncovered)
            {
                table.AddRow(
                    Markup.Escape(name.Name),
                    name.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape($"{name.DocumentId}:{name.FirstLine.ToString(CultureInfo.InvariantCulture)}"));
            }

            if (uncovered.Count > 0)
            {
                context.Console.Write(table);
            }

            context.Out.WriteLine($"{uncovered.Count} name(s) in the seeds match no node name or alias.");
            return 0;
        }));
        return command;
    }
}
