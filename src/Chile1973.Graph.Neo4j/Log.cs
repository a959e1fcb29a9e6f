using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Neo4j;

/// <summary>The Neo4j engine's log messages, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Neo4j unreachable at {Uri}, retrying in {DelayMs} ms (attempt {Attempt}): {Reason}")]
    public static partial void Unreachable(ILogger logger, Uri uri, long delayMs, int attempt, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Neo4j at {Uri} answered {Code}, retrying in {DelayMs} ms (attempt {Attempt})")]
    public static partial void TransientError(ILogger logger, Uri uri, string code, long delayMs, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error,
        Message = "Neo4j unreachable at {Uri}: circuit open, queries fail at once for {BreakMs} ms ({Reason})")]
    public static partial void CircuitOpened(ILogger logger, Uri uri, long breakMs, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Neo4j at {Uri} answers again: circuit closed")]
    public static partial void CircuitClosed(ILogger logger, Uri uri);
}
