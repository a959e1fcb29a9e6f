using System.CommandLine;
using System.Globalization;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>stats</c>: counts of nodes by label and relationships by type, asked of the engine in Cypher.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var engineOptions = new EngineOptions();
        var command = new Command("stats", "Count nodes by label and relationships by type");
        engineOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => EngineCommand.RunAsync(context, engineOptions, parseResult, "nothing was counted", async engine =>
        {
            var labels = await EngineCommand.ReadAllAsync(engine, ExplorerQueries.LabelCounts, cancellationToken).ConfigureAwait(false);
            var types = await EngineCommand.ReadAllAsync(engine, ExplorerQueries.TypeCounts, cancellationToken).ConfigureAwait(false);
            context.Console.Write(CountTable("Label", "Nodes", labels, ExplorerColumns.Label));
            context.Console.Write(CountTable("Type", "Relationships", types, ExplorerColumns.Type));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Table CountTable(string keyTitle, string countTitle, List<CypherRecord> records, string keyColumn)
    {
        var counts = records
            .Select(r => (Key: r.Get<string>(keyColumn), Count: r.Get<long>(ExplorerColumns.Count)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var table = new Table().AddColumn(keyTitle).AddColumn(new TableColumn(countTitle).RightAligned());
        foreach (var (key, count) in counts)
        {
            table.AddRow(Markup.Escape(key), count.ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]total[/]", $"[bold]{counts.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture)}[/]");
        return table;
    }
}
