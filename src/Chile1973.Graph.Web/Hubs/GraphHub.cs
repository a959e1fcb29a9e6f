using System.Runtime.CompilerServices;
using Chile1973.Graph.Web.Article;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Details;
using Chile1973.Graph.Web.Health;
using Chile1973.Graph.Web.Lenses;
using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Lenses.Paths;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Presentations;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Stories;
using Chile1973.Graph.Stories;
using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// The explorer's real-time API at <c>/hubs/graph</c>: search, a streamed neighbourhood, node details, the
/// lenses (paths, the plot chain, influence), the Cypher console, stories and presentations. Read-only; every
/// graph call is a parameterised Cypher template through the engine port.
/// </summary>
public sealed class GraphHub(
    GraphSearch search,
    INeighbourhoodQuery neighbourhood,
    NodeDetailsQuery details,
    GraphInfoQuery info,
    GraphAvailability availability,
    LensElements lensElements,
    PathLens paths,
    ChainLens chain,
    InfluenceLens influence,
    CypherConsoleQuery console,
    GraphSchemaQuery schema,
    StoryCatalog stories,
    PresentationService presentations,
    ArticleIndex article,
    ILogger<GraphHub> logger) : Hub<IGraphClient>
{
    /// <summary>Where the hub is mapped; the limits' gate in front of it guards the same path.</summary>
    public const string Path = "/hubs/graph";

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
        ?? throw new GraphRequestException($"There is no node '{nodeId}'.");

    /// <summary>The relationship categories of the graph with their counts, for the lenses' filters.</summary>
    public Task<IReadOnlyList<CategoryCount>> GetCategories() => lensElements.CategoriesAsync(Context.ConnectionAborted);

    /// <summary>Streams the paths between two nodes, shortest first (nothing when there is none).</summary>
    public IAsyncEnumerable<GraphPath> StreamPaths(
        string fromId, string toId, PathRequest request, CancellationToken cancellationToken) =>
        paths.StreamAsync(fromId, toId, request, cancellationToken);

    /// <summary>Streams the plot chain from a node forward to what it led to, or backward to its causes, in time order.</summary>
    public IAsyncEnumerable<ChainStep> StreamChain(string nodeId, ChainRequest request, CancellationToken cancellationToken) =>
        chain.StreamAsync(nodeId, request, cancellationToken);

    /// <summary>The most influential nodes, highest score first, with each one's strongest evidence.</summary>
    public Task<InfluenceRanking> GetInfluence(InfluenceRequest request) =>
        influence.RankAsync(request, Context.ConnectionAborted);

    /// <summary>Streams who shaped a node (<c>shapedBy</c>) or whom it shaped (<c>shaped</c>), level by level.</summary>
    public IAsyncEnumerable<InfluenceTreeStep> StreamInfluence(string nodeId, string direction, int depth, CancellationToken cancellationToken) =>
        influence.StreamTreeAsync(nodeId, direction, depth, cancellationToken);

    /// <summary>
    /// Runs the page's own read-only Cypher and streams its result: columns first, then rows with their graph
    /// elements as they arrive, then a summary with the limits in force. A write, a syntax error or a limit
    /// reached is a hub error naming its position; cancelling the stream stops the query in the engine.
    /// </summary>
    public IAsyncEnumerable<ConsoleChunk> StreamCypher(
        string? query, Dictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        console.StreamAsync(query, parameters, cancellationToken);

    /// <summary>The labels, relationship types, categories and property keys the console editor completes.</summary>
    public Task<GraphSchema> GetSchema() => schema.GetAsync(Context.ConnectionAborted);

    /// <summary>Every story: <c>[{id, title, summary, steps}]</c>.</summary>
    public IReadOnlyList<Story> ListStories() => stories.Stories;

    /// <summary>Starts presenting a story; the caller follows it too. Returns the code to share and the key that drives it.</summary>
    public async Task<PresentationTicket> StartPresentation(string? storyId)
    {
        var ticket = await presentations.StartAsync(storyId, Context.ConnectionAborted);
        var (code, _) = await presentations.JoinAsync(ticket.Code, CallerAddress, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, PresentationService.Group(code), Context.ConnectionAborted);
        return ticket;
    }

    /// <summary>Follows a presentation by its code; returns the step it shows now. An unknown code is a hub error.</summary>
    public async Task<PresentationStep> JoinPresentation(string code)
    {
        var (normal, step) = await presentations.JoinAsync(code, CallerAddress, Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, PresentationService.Group(normal), Context.ConnectionAborted);
        return step;
    }

    /// <summary>Moves a presentation to a step and shows it on every follower (on any server); only with the presenter key.</summary>
    public async Task PresentStep(string code, string presenterKey, int index)
    {
        var (normal, step) = await presentations.MoveAsync(code, presenterKey, index, CallerAddress, Context.ConnectionAborted);
        await Clients.Group(PresentationService.Group(normal)).ShowStep(step);
    }

    /// <summary>The seed article as published, paragraph by paragraph, each with how many facts quote it, and the quotes not found in it.</summary>
    public Task<ArticleView> GetArticle() => article.GetArticleAsync(Context.ConnectionAborted);

    /// <summary>The quotes of the listed nodes and relationships and where each sits in the article's paragraphs.</summary>
    public Task<IReadOnlyList<QuotedElement>> GetQuotes(string?[]? ids) => article.GetQuotesAsync(ids, Context.ConnectionAborted);

    /// <summary>The facts drawn from one paragraph of the article, as graph elements ready to draw.</summary>
    public Task<PassageFacts> GetPassageFacts(int paragraph) => article.GetPassageFactsAsync(paragraph, Context.ConnectionAborted);

    /// <summary>The earliest and latest dates of the graph and how many dated facts start in each year.</summary>
    public Task<Timeline> GetTimeline() => article.GetTimelineAsync(Context.ConnectionAborted);

    /// <summary>The client's address, the unit wrong presentation codes and keys are counted by.</summary>
    private string CallerAddress => Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? Context.ConnectionId;
}
