using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>What the app logged, as the console would have written it, for tests of what an operator reads.</summary>
public sealed class LogRecords : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> records = new();

    public IReadOnlyList<LogRecord> All => [.. records];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, records);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue(new LogRecord(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}

/// <summary>One entry of <see cref="LogRecords"/>.</summary>
public sealed record LogRecord(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
