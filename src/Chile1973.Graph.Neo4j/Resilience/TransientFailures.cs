using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Chile1973.Graph.Neo4j.Resilience;

/// <summary>
/// Which failures are worth another attempt, and which mean the server is down (<see href="https://neo4j.com/docs/status-codes/current/errors/"/>).
/// </summary>
internal static class TransientFailures
{
    // Cluster leader switches: the write reached a member that is no longer (or not yet) the leader.
    // A later attempt is routed to the new leader. AuthorizationExpired is retriable in Neo4j's own driver.
    private static readonly HashSet<string> RetriableClientCodes = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Cluster.NotALeader",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        "Neo.ClientError.Security.AuthorizationExpired",
    };

    // Neo4j's driver maps these two to ClientError: a terminated transaction was stopped on purpose.
    private static readonly HashSet<string> NonRetriableTransientCodes = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    };

    /// <summary>True when the failure may pass on another attempt and <paramref name="scope"/> allows one.</summary>
    public static bool ShouldRetry(Exception failure, RetryScope scope) => scope switch
    {
        RetryScope.None => false,
        RetryScope.Idempotent => IsTransient(failure),
        _ => IsTransient(failure) && DidNotRun(failure),
    };

    /// <summary>True when another attempt may see a different outcome.</summary>
    public static bool IsTransient(Exception failure) => failure switch
    {
        BrokenCircuitException => false,
        Neo4jServerException server => IsRetriableCode(server.First.Code),
        Neo4jHttpException http => http.IsTransient,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        IOException => true,
        _ => false,
    };

    /// <summary>True for a status code of the transient class or a leader switch; never for other client errors.</summary>
    public static bool IsRetriableCode(string code) =>
        (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && !NonRetriableTransientCodes.Contains(code))
        || RetriableClientCodes.Contains(code);

    /// <summary>
    /// True when the failure proves the statement had no effect, so even a write may be sent again:
    /// the connection was never made, the server said it was unavailable, or it rolled back.
    /// </summary>
    public static bool DidNotRun(Exception failure) => failure switch
    {
        // Every Neo4j error rolls the implicit transaction back (https://neo4j.com/docs/status-codes/current/errors/).
        Neo4jServerException => true,
        Neo4jHttpException http => http.Status == HttpStatusCode.ServiceUnavailable,
        HttpRequestException request => request.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            || request.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused },
        _ => false,
    };

    /// <summary>True when the failure says the server cannot be reached or cannot serve: these open the circuit.</summary>
    public static bool IsOutage(Exception failure) => failure switch
    {
        Neo4jServerException server => server.First.Code == "Neo.TransientError.General.DatabaseUnavailable",
        Neo4jHttpException http => (int)http.Status >= 500,
        TimeoutRejectedException or HttpRequestException or IOException => true,
        _ => false,
    };

    /// <summary>A short reason for a log line or message.</summary>
    public static string Describe(Exception failure) => failure switch
    {
        HttpRequestException { InnerException: SocketException socket } => $"{socket.SocketErrorCode} ({failure.Message})",
        TimeoutRejectedException timeout => string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.Timeout.TotalMilliseconds:0} ms"),
        Neo4jHttpException http => $"HTTP {(int)http.Status}",
        Neo4jServerException server => server.First.Code,
        _ => failure.Message,
    };
}
