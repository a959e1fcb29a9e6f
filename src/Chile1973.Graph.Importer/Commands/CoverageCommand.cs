using System.Globalization;
using Chile1973.Graph.Importer.Coverage;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>coverage</c>: names in the seeds that no node names yet, the node names asked of the engine in Cypher.</summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context) =>
        EngineCommand.Create(context, "coverage", "List the capitalised names and acronyms of the seeds that match no node name or alias", "nothing was compared", async run =>
        {
            var records = await EngineCommand.ReadAllAsync(run.Engine, ExplorerQueries.NamesAndAliases, run.CancellationToken).ConfigureAwait(false);
            var names = records.SelectMany(r => Names(r[ExplorerColumns.Name], r[ExplorerColumns.Aliases]));
            var (_, seeds) = run.Options.Locations.Resolve(run.ParseResult);
            var uncovered = NameCoverage.Find(SeedLibrary.Load(seeds), names);
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

            await context.Out.WriteLineAsync($"{uncovered.Count} name(s) in the seeds match no node name or alias.").ConfigureAwait(false);
            return 0;
        });

    private static IEnumerable<string> Names(object? name, object? aliases)
    {
        if (name is string text)
        {
            yield return text;
        }

        if (aliases is IEnumerable<object?> list)
        {
            foreach (var alias in list.OfType<string>())
            {
                yield return alias;
            }
        }
    }
}
