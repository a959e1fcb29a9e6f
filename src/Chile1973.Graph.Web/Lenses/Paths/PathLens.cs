using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Web.Lenses.Paths;

/// <summary>Paths between two nodes: checks the request, searches, and turns each path into elements, shortest first.</summary>
public sealed class PathLens(GraphQueryRunner runner, LensElements elements)
{
    /// <summary>The most paths one request may ask for.</summary>
    public const int MaxK = 10;

    /// <summary>The longest path one request may ask for.</summary>
    public const int MaxLength = 8;

    /// <summary>The most paths <c>allShortest</c> sends.</summary>
    public const int MaxAllShortest = 50;

    /// <summary>Streams the paths from <paramref name="fromId"/> to <paramref name="toId"/>; nothing when there is none.</summary>
    public async IAsyncEnumerable<GraphPath> StreamAsync(
        string fromId, string toId, PathRequest? request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        request = Validate(request);
        await elements.RequireAsync([fromId, toId], cancellationToken);
        var graph = new LensGraph(runner, new StepFilter(request.Categories, request.FactsOnly), linksOnly: true);
        var found = request.Mode switch
        {
            PathRequest.AllShortest => await PathSearch.AllShortestAsync(graph, fromId, toId, request.MaxLength, MaxAllShortest, cancellationToken),
            PathRequest.KShortest => await PathSearch.KShortestAsync(graph, fromId, toId, request.K, request.MaxLength, cancellationToken),
            _ => await PathSearch.ShortestAsync(graph, fromId, toId, request.MaxLength, new HashSet<string>(), new HashSet<string>(), cancellationToken) is { } walk
                ? [walk]
                : [],
        };
        var walks = await graph.CompleteAsync(found, cancellationToken);
        if (walks.Count == 0)
        {
            yield break;
        }

        var nodes = await elements.NodesAsync(walks.SelectMany(w => w.Nodes), cancellationToken);
        var rank = 0;
        foreach (var walk in walks)
        {
            yield return new GraphPath(++rank, walk.Length, [.. walk.Nodes.Select(id => nodes[id])], [.. walk.Steps.Select(s => s.Edge)]);
        }
    }

    private static PathRequest Validate(PathRequest? request)
    {
        if (request is null)
        {
            throw new GraphRequestException("A path request is needed: {mode, k, maxLength, categories, factsOnly}.");
        }

        if (request.Mode is not (PathRequest.Shortest or PathRequest.AllShortest or PathRequest.KShortest))
        {
            throw new GraphRequestException($"mode must be 'shortest', 'allShortest' or 'kShortest'; it was '{request.Mode}'.");
        }

        if (request.Mode == PathRequest.KShortest && request.K is < 1 or > MaxK)
        {
            throw new GraphRequestException($"k must be between 1 and {MaxK}; it was {request.K}.");
        }

        if (request.MaxLength is < 1 or > MaxLength)
        {
            throw new GraphRequestException($"maxLength must be between 1 and {MaxLength}; it was {request.MaxLength}.");
        }

        if (request.Categories is { Count: 0 })
        {
            throw new GraphRequestException("categories must name at least one category, or be null for all.");
        }

        return request;
    }
}
