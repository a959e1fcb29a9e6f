namespace Chile1973.Graph.Cypher.Execution;

/// <summary>
/// The running query's cancellation for code that has no <see cref="QueryContext"/>: comparing and hashing values
/// recurse through nested lists, and a list that holds itself many times over ([acc, acc] from reduce) makes that
/// exponential. The cursor sets the token for its thread while it pulls a row; rows are pulled synchronously.
/// </summary>
internal static class QueryThread
{
    [ThreadStatic]
    private static CancellationToken t_token;

    [ThreadStatic]
    private static int t_ticks;

    /// <summary>Makes <paramref name="token"/> the thread's query token; returns the one it replaces.</summary>
    public static CancellationToken Swap(CancellationToken token)
    {
        var previous = t_token;
        t_token = token;
        return previous;
    }

    /// <summary>Checks the thread's query token every so many calls.</summary>
    public static void Tick()
    {
        if ((++t_ticks & 4095) == 0)
        {
            t_token.ThrowIfCancellationRequested();
        }
    }
}
