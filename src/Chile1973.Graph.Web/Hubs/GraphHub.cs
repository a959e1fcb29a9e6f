using System.Runtime.CompilerServices;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Health;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Search;
using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// The explorer's real-time API at <c>/hubs/graph</c>: search, a streamed neighbourhood and node
/// details. Read-only; every call is a parameterised Cypher template through the engine port.
/// </summary>
public sealed class GraphHub(
    GraphSearch search,
    INeighbourhoodQuery neighbourhood,
    NodeDetailsQuery details,
    GraphInfoQuery info,
    GraphAvailability availability,
    ILogger<GraphHub> logger) : Hub<IGraphClient>
{
    /// <summary>Tells the page whether the graph answers and, when it does, where to open.</summary>
    public override async Task OnConnectedAsync()
    {
        var status = await availability.WhenProbedAsync(Context.ConnectionAborted);
        await Clients.Caller.GraphStatus(status);
        if (status.Available)
        {
            try
            {
                await Clients.Caller.Welcome(await info.GetAsync(Context.ConnectionAborted));
            }
            catch (CypherException e)
            {
                // Gone since the last probe: the page hears of it, and gets its welcome, from GraphAvailability.
                Log.HubCallFailed(logger, e.Message, e);
            }
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Nodes whose name or an alias matches <paramref name="text"/> (prefix or infix, accent- and case-insensitive), best first.</summary>
    public Task<IReadOnlyList<SearchHit>> Search(string text, int limit) =>
        search.SearchAsync(text, limit, Context.ConnectionAborted);

    /// <summary>
    /// Streams the neighbourhood of a node ring by ring. Cancelling the stream (or disconnecting)
    /// cancels <paramref name="cancellationToken"/>, which stops the query in the engine.
    /// </summary>
    public async IAsyncEnumerable<NeighbourhoodBatch> StreamNeighbourhood(
        string nodeId, int depth, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var rings = neighbourhood.StreamAsync(nodeId, depth, limit, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await rings.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Log.NeighbourhoodCancelled(logger, nodeId);
                throw;
            }

            yield return rings.Current;
        }
    }

    /// <summary>All properties, aliases, dates and provenance of a node and of its relationships.</summary>
    public async Task<NodeDetails> GetNode(string nodeId) =>
        await details.GetAsync(nodeId, Context.ConnectionAborted)
        ?? throw new GraphRequestException($"There is no node '{nodeId}'.", notFound: true);
}
