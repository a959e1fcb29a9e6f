using System.CommandLine;
using Chile1973.Graph.Importer.Export;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>export</c>: writes the checked graph as JSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var locations = new GraphLocationOptions();
        var format = new Option<string>("--format")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--out")
        {
            Description = "File to write (default: standard output)",
            HelpName = "FILE",
        };
        var command = new Command("export", "Write the graph as JSON: {\"nodes\":[...],\"relationships\":[...]}");
        locations.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parseResult => CommandErrors.Guard(context, () =>
        {
            var (graph, seeds) = locations.Resolve(parseResult);
            var report = GraphLoader.Validate(context, graph, seeds);
            if (report.Graph is not { } knowledge)
            {
                // Problems go to standard error so a piped export never looks like JSON.
                foreach (var problem in report.Problems)
                {
                    context.Error.WriteLine(problem.ToString());
                }

                context.Error.WriteLine($"{report.Problems.Count} problem(s); nothing exported.");
                return 1;
            }

            var path = parseResult.GetValue(output);
            if (path is not null)
            {
                using var file = File.Create(path);
                GraphJson.Write(knowledge, file);
                context.Error.WriteLine($"Wrote {knowledge.Nodes.Count} nodes and {knowledge.Relationships.Count} relationships to {path}.");
            }
            else
            {
                using var buffer = new MemoryStream();
                GraphJson.Write(knowledge, buffer);
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return 0;
        }));
        return command;
    }
}
