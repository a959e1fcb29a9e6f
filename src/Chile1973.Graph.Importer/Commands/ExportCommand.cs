using Chile1973.Graph.Importer.Export;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>export</c>: writes the graph the engine holds as JSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
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

        // Problems go to standard error so a piped export never looks like JSON.
        return EngineCommand.Create(context, "export", "Write the graph as JSON: {\"nodes\":[...],\"relationships\":[...]}", "nothing was exported", async run =>
        {
            var (engine, cancellationToken) = (run.Engine, run.CancellationToken);
            var path = run.ParseResult.GetValue(output);
            if (path is not null)
            {
                var file = File.Create(path);
                await using (file.ConfigureAwait(false))
                {
                    var (nodes, relationships) = await GraphJson.WriteAsync(engine, file, cancellationToken).ConfigureAwait(false);
                    await context.Error.WriteLineAsync($"Wrote {nodes} nodes and {relationships} relationships to {path}.").ConfigureAwait(false);
                }
            }
            else
            {
                using var buffer = new MemoryStream();
                await GraphJson.WriteAsync(engine, buffer, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            }

            return 0;
        }, format, output);
    }
}
