using Chile1973.Graph.Importer.Querying;

namespace Chile1973.Graph.Importer.Commands;

/// <summary><c>query</c>: runs one Cypher query, read-only, and prints its result.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var engineOptions = new EngineOptions();
        var text = new Argument<string>("cypher") { Description = "The Cypher query; parameters are written $name" };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A parameter as name=value; the value is a Cypher literal (42, 1.5, true, null, 'text', [1, 2], {k: 1}) or else plain text. Repeat for more",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output: a table, or JSON {\"columns\":[...],\"rows\":[...]}",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var timeout = new Option<double>("--timeout")
        {
            Description = "Time limit in seconds",
            DefaultValueFactory = _ => 30,
            HelpName = "SECONDS",
        };
        var maxRows = new Option<long>("--max-rows")
        {
            Description = "Most rows the query may return; more is an error",
            DefaultValueFactory = _ => 10_000,
            HelpName = "N",
        };
        var command = new Command("query", "Run a read-only Cypher query on the graph and print the result");
        command.Arguments.Add(text);
        command.Options.Add(parameters);
        command.Options.Add(format);
        command.Options.Add(timeout);
        command.Options.Add(maxRows);
        engineOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var queryText = parseResult.GetValue(text)!;
            Dictionary<string, object?> values;
            try
            {
                values = (parseResult.GetValue(parameters) ?? []).Select(ParameterParser.ParseAssignment).ToDictionary(StringComparer.Ordinal);
            }
            catch (FormatException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (ArgumentException e)
            {
                await context.Error.WriteLineAsync($"error: a parameter is given twice ({e.Message})").ConfigureAwait(false);
                return 1;
            }

            var options = new QueryOptions
            {
                Mode = AccessMode.Read,
                Timeout = TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
                MaxRows = parseResult.GetValue(maxRows),
            };
            return await EngineCommand.RunAsync(context, engineOptions, parseResult, "nothing was queried", async engine =>
            {
                var result = await QueryResult.RunAsync(engine, new CypherQuery(queryText, values), options, cancellationToken).ConfigureAwait(false);
                if (parseResult.GetValue(format) == "json")
                {
                    QueryResultWriter.WriteJson(context, result);
                }
                else
                {
                    QueryResultWriter.WriteTable(context, result);
                }

                return 0;
            }, cancellationToken, e => QueryResultWriter.WriteError(context, queryText, e)).ConfigureAwait(false);
        });
        return command;
    }
}
