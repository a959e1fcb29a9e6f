namespace Chile1973.Graph.Importer.Commands;

/// <summary>
/// Runs a command's work on the engine its command line asks for (<see cref="EngineOptions"/>): the
/// graph files' problems, or a query's error, become lines on standard error and exit code 1, said
/// here once for every command that queries.
/// </summary>
internal static class EngineCommand
{
    /// <summary>
    /// A command with the engine options and <paramref name="options"/> whose action runs <paramref name="work"/>
    /// on the engine the command line names (see <see cref="RunAsync"/>).
    /// </summary>
    public static Command Create(
        CliContext context,
        string name,
        string description,
        string nothingDone,
        Func<EngineRun, Task<int>> work,
        params Option[] options)
    {
        var engineOptions = new EngineOptions();
        var command = new Command(name, description);
        engineOptions.AddTo(command);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => RunAsync(context, engineOptions, parseResult, nothingDone,
            engine => work(new EngineRun(engine, parseResult, engineOptions, cancellationToken)), cancellationToken));
        return command;
    }

    /// <param name="nothingDone">What is said after the problems, e.g. <c>nothing was exported</c>.</param>
    /// <param name="onQueryError">How to print a query's error; by default its message.</param>
    public static Task<int> RunAsync(
        CliContext context,
        EngineOptions engineOptions,
        ParseResult parseResult,
        string nothingDone,
        Func<ICypherEngine, Task<int>> work,
        CancellationToken cancellationToken,
        Action<CypherException>? onQueryError = null) =>
        CommandErrors.GuardAsync(context, async () =>
        {
            try
            {
                var lease = await engineOptions.OpenAsync(parseResult, context, cancellationToken).ConfigureAwait(false);
                await using (lease.ConfigureAwait(false))
                {
                    return await work(lease.Engine).ConfigureAwait(false);
                }
            }
            catch (GraphValidationException e)
            {
                GraphReading.PrintProblems(context.Error, e.Problems, $"in the graph files; {nothingDone}.");
                return 1;
            }
            catch (CypherException e)
            {
                if (onQueryError is null)
                {
                    await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                }
                else
                {
                    onQueryError(e);
                }

                return 1;
            }
        });

    /// <summary>Every record of a statement, read-only and without row or time limits.</summary>
    public static async Task<List<CypherRecord>> ReadAllAsync(ICypherEngine engine, string statement, CancellationToken cancellationToken)
    {
        var records = new List<CypherRecord>();
        await using var cursor = await engine.RunAsync(new CypherQuery(statement), QueryOptions.Read, cancellationToken).ConfigureAwait(false);
        await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }
}
