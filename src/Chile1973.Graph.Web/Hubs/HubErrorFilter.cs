using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// Turns a hub call's unexpected failure into a message a reader can act on, and logs the detail:
/// the client learns what went wrong, never an exception type, a path or a server address.
/// </summary>
internal sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (Exception failure) when (failure is not HubException and not OperationCanceledException)
        {
            Log.HubCallFailed(logger, failure.Message, failure);
            throw new HubException(ReaderMessage(failure));
        }
    }

    /// <summary>What the reader is told for a failure: its kind, in words, and what to do.</summary>
    public static string ReaderMessage(Exception failure) => failure switch
    {
        CypherException { Kind: CypherErrorKind.Unavailable or CypherErrorKind.Transient } =>
            "The graph database is not answering right now; please try again in a moment.",
        CypherException { Kind: CypherErrorKind.LimitExceeded } =>
            "The request took too long or found too much; try a smaller one.",
        CypherException => "The graph could not answer this request.",
        _ => "Something went wrong on the server; please try again.",
    };
}
