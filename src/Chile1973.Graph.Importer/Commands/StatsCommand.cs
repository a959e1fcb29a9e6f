using System.Globalization;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>stats</c>: counts of nodes by label and relationships by type, asked of the engine in Cypher.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context) =>
        EngineCommand.Create(context, "stats", "Count nodes by label and relationships by type", "nothing was counted", async run =>
        {
            var labels = await EngineCommand.ReadAllAsync(run.Engine, ExplorerQueries.LabelCounts, run.CancellationToken).ConfigureAwait(false);
            var types = await EngineCommand.ReadAllAsync(run.Engine, ExplorerQueries.TypeCounts, run.CancellationToken).ConfigureAwait(false);
            context.Console.Write(CountTable("Label", "Nodes", labels, ExplorerColumns.Label));
            context.Console.Write(CountTable("Type", "Relationships", types, ExplorerColumns.Type));
            return 0;
        });

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
