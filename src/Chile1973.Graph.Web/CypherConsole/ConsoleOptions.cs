namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>The limits of the Cypher console, from the <c>Console</c> configuration section; the page shows them in each summary.</summary>
public sealed class ConsoleOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Console";

    /// <summary>The most rows one console query shows; the rest are not read and the summary says it was truncated.</summary>
    public int RowLimit { get; set; } = 1000;

    /// <summary>The longest one console query may run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most rows sent in one chunk.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Console queries that compute at once; more wait for a free thread (<see cref="ConsoleThreads"/>).</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;

    /// <summary>The longest rows wait on the server before they are sent, so slow queries still show rows as they come.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(100);
}
