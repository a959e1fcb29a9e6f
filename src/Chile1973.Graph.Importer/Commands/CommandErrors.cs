namespace Chile1973.Graph.Importer.Commands;

/// <summary>Turns the expected failures of a command (missing folders, unreadable files) into a message and exit code 1.</summary>
internal static class CommandErrors
{
    public static int Guard(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    public static async Task<int> GuardAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
