using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Importer.Commands;

/// <summary>Writes warnings and errors (such as "Neo4j unreachable at ..., retrying") as plain lines.</summary>
internal sealed class WriterLoggerFactory(TextWriter writer) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new WriterLogger(writer);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class WriterLogger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                writer.WriteLine($"{(logLevel == LogLevel.Warning ? "warning" : "error")}: {formatter(state, exception)}");
            }
        }
    }
}
