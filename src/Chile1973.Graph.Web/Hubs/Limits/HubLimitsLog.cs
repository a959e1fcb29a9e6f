namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>Log messages of the hub limits. Event ids 100-119 are theirs; retire an id with a comment, never reuse it.</summary>
internal static partial class HubLimitsLog
{
    [LoggerMessage(100, LogLevel.Debug, "Refused {Method} on connection {ConnectionId} ({Refusals} refused in the last seconds)")]
    public static partial void CallRefused(ILogger logger, string connectionId, string method, int refusals);

    [LoggerMessage(101, LogLevel.Warning, "Dropped connection {ConnectionId}: it kept calling through {Refusals} refusals within seconds")]
    public static partial void ConnectionDropped(ILogger logger, string connectionId, int refusals);

    // SignalR itself logs a connection closed on a message it cannot read at Debug only.
    [LoggerMessage(102, LogLevel.Warning, "Closed connection {ConnectionId}: {Reason}")]
    public static partial void ClosedOnHubError(ILogger logger, string connectionId, string reason);

    [LoggerMessage(103, LogLevel.Debug, "Turned away a hub connection from {Address}: a connection from it was dropped; {Seconds} s to wait")]
    public static partial void ConnectionTurnedAway(ILogger logger, string address, int seconds);
}
