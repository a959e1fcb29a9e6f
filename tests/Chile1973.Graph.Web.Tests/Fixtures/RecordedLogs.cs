using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>The server's log entries as it wrote them, kept in memory for a test to read.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> entries = new();

    public IReadOnlyList<Entry> Entries => [.. entries];

    /// <summary>Waits until an entry like this is written: the server may log after the client has heard what it sent.</summary>
    public async Task<Entry> WaitForAsync(Func<Entry, bool> match, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (entries.FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            await Task.Delay(20, patience.Token);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

    private sealed class Recorder(RecordedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), exception));
    }
}
