using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>stats</c>: counts of nodes by label and relationships by type.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var locations = new GraphLocationOptions();
        var command = new Command("stats", "Count nodes by label and relationships by type");
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

            context.Console.Write(CountTable("Label", "Nodes", knowledge.Nodes.Select(n => n.Kind.ToString())));
            context.Console.Write(CountTable("Type", "Relationships", knowledge.Relationships.Select(r => r.Type)));
            return 0;
        }));
        return command;
    }

    private static Table CountTable(string keyTitle, string countTitle, IEnumerable<string> keys)
    {
        var counts = keys.CountBy(k => k)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var table = new Table().AddColumn(keyTitle).AddColumn(new TableColumn(countTitle).RightAligned());
        foreach (var (key, count) in counts)
        {
            table.AddRow(Markup.Escape(key), count.ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]total[/]", $"[bold]{counts.Sum(c => c.Value).ToString(CultureInfo.InvariantCulture)}[/]");
        return table;
    }
}
