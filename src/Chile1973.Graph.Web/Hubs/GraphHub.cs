using System.Runtime.CompilerServices;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Presentations;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Stories;
using Chile1973.Graph.Stories;
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
    CypherConsoleQuery console,
    GraphSchemaQuery schema,
    StoryCatalog stories,
    PresentationService presentations,
    ILogger<GraphHub> logger) : Hub<IGraphClient>
{
    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        await Clients.Caller.Welcome(await info.GetAsync(Context.ConnectionAborted));
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

    /// <summary>
    /// Runs the page's own read-only Cypher and streams its result: columns first, then rows with their graph
    /// elements as they arrive, then a summary with the limits in force. A write, a syntax error or a limit
    /// reached is a hub error naming its position; cancelling the stream stops the query in the engine.
    /// </summary>
    public IAsyncEnumerable<ConsoleChunk> StreamCypher(
        string query, Dictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        console.StreamAsync(query, parameters, cancellationToken);

    /// <summary>The labels, relationship types, categories and property keys the console editor completes.</summary>
    public Task<GraphSchema> GetSchema() => schema.GetAsync(Context.ConnectionAborted);

    /// <summary>Every story: <c>[{id, title, summary, steps}]</c>.</summary>
    public IReadOnlyList<Story> ListStories() => stories.Stories;

    /// <summary>Starts presenting a story; the caller follows it too. Returns the code to share and the key that drives it.</summary>
    public async Task<PresentationTicket> StartPresentation(string storyId)
    {
        var ticket = await presentations.StartAsync(storyId, Context.ConnectionAborted);
        var (code, _) = await presentations.JoinAsync(ticket.Code, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, PresentationService.Group(code), Context.ConnectionAborted);
        return ticket;
    }

    /// <summary>Follows a presentation by its code; returns the step it shows now. An unknown code is a hub error.</summary>
    public async Task<PresentationStep> JoinPresentation(string code)
    {
        var (normal, step) = await presentations.JoinAsync(code, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, PresentationService.Group(normal), Context.ConnectionAborted);
        return step;
    }

    /// <summary>Moves a presentation to a step and shows it on every follower (on any server); only with the presenter key.</summary>
    public async Task PresentStep(string code, string presenterKey, int index)
    {
        var (normal, step) = await presentations.MoveAsync(code, presenterKey, index, Context.ConnectionAborted);
        await Clients.Group(PresentationService.Group(normal)).ShowStep(step);
    }
}
