using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Neo4j.Tests.Support;

/// <summary>Keeps every formatted log line, so a test can read what an operator would see.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
}
