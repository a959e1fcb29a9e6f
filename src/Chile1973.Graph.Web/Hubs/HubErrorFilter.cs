using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// Turns a hub call's unexpected failure into a message a reader can act on, and logs the detail:
/// the client learns what went wrong, never an exception type, a path or a server address. A stream
/// fails after its method has returned, out of the filter's reach, so its enumeration is wrapped too.
/// </summary>
internal sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter, IHubStreamWrapper
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            var result = await next(invocationContext);
            return HubStreamWrapping.TryWrap(result, this) ?? result;
        }
        catch (Exception failure) when (failure is not HubException and not OperationCanceledException)
        {
            throw Explain(failure);
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

    private HubException Explain(Exception failure)
    {
        Log.HubCallFailed(logger, failure.Message, failure);
        return new HubException(ReaderMessage(failure));
    }

    /// <summary>A stream whose failure the reader is told of as a call's is (the hub's streams; it has no channel streams).</summary>
    public IAsyncEnumerable<T> Wrap<T>(IAsyncEnumerable<T> stream) => Explained(stream, CancellationToken.None);

    private async IAsyncEnumerable<T> Explained<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = stream.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception failure) when (failure is not HubException and not OperationCanceledException)
            {
                throw Explain(failure);
            }

            yield return items.Current;
        }
    }
}
