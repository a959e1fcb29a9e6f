using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Web.Lenses;

namespace Chile1973.Graph.Web.Article;

/// <summary>
/// The article beside the graph: the seed most facts quote, its paragraphs, where every quote of the graph sits
/// in them, and the timeline of the dated facts. Read through the engine port once, on first use.
/// </summary>
public sealed class ArticleIndex(GraphQueryRunner runner, LensElements elements, IOptions<GraphOptions> options, ILogger<ArticleIndex> logger) : IDisposable
{
    /// <summary>The most ids one quote lookup may name.</summary>
    public const int MaxQuoteIds = 5000;

    private readonly SemaphoreSlim building = new(1, 1);
    private ArticleSnapshot? snapshot;

    /// <summary>The article, paragraph by paragraph, with the number of facts quoting each.</summary>
    public async Task<ArticleView> GetArticleAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).View;

    /// <summary>The timeline of the graph's dated facts.</summary>
    public async Task<Timeline> GetTimelineAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).Timeline;

    /// <summary>The quotes of the listed elements and where they sit in the article; ids with no quote (or null) are left out.</summary>
    public async Task<IReadOnlyList<QuotedElement>> GetQuotesAsync(IReadOnlyList<string?>? ids, CancellationToken cancellationToken)
    {
        // A client may send anything: no list is the reader's mistake to be told of, not a server failure.
        if (ids is null)
        {
            throw new GraphRequestException("A list of element ids is needed.");
        }

        if (ids.Count > MaxQuoteIds)
        {
            throw new GraphRequestException($"At most {MaxQuoteIds} element ids may be asked for at once ({ids.Count} were).");
        }

        var index = await SnapshotAsync(cancellationToken);
        return [.. ids.OfType<string>().Distinct(StringComparer.Ordinal).Select(index.Quoted).OfType<QuotedElement>()];
    }

    /// <summary>The facts drawn from one paragraph, ready to draw; a hub error when there is no such paragraph.</summary>
    public async Task<PassageFacts> GetPassageFactsAsync(int paragraph, CancellationToken cancellationToken)
    {
        var index = await SnapshotAsync(cancellationToken);
        var count = index.View.Paragraphs.Count;
        if (paragraph < 0 || paragraph >= count)
        {
            throw new GraphRequestException($"The article has paragraphs 0 to {count - 1}; there is no paragraph {paragraph}.");
        }

        var edges = index.EdgesOf(paragraph);
        var ids = index.NodesOf(paragraph).Concat(edges.SelectMany(e => new[] { e.Data.Source, e.Data.Target }));
        var nodes = await elements.NodesAsync(ids, cancellationToken);
        return new PassageFacts(paragraph, [.. nodes.Values.OrderBy(n => n.Data.Id, StringComparer.Ordinal)], edges);
    }

    /// <inheritdoc />
    public void Dispose() => building.Dispose();

    private async Task<ArticleSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (snapshot is { } ready)
        {
            return ready;
        }

        await building.WaitAsync(cancellationToken);
        try
        {
            return snapshot ??= await BuildAsync(cancellationToken);
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<ArticleSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var none = new Dictionary<string, object?>();
        var nodes = await runner.ReadAllAsync(ExplorerQueries.QuotedNodes, none, cancellationToken);
        var relationships = await runner.ReadAllAsync(ExplorerQueries.QuotedRelationships, none, cancellationToken);
        var facts = nodes
            .Select(r => new QuotedFact(RecordReader.String(r, ExplorerColumns.Id), RecordReader.OptionalString(r, ExplorerColumns.Source), RecordReader.String(r, ExplorerColumns.Quote),
                RecordReader.OptionalString(r, ExplorerColumns.StartDate), RecordReader.OptionalString(r, ExplorerColumns.EndDate), null))
            .Concat(relationships.Select(r =>
            {
                var edge = RecordReader.Edge(r);
                return new QuotedFact(edge.Data.Id, RecordReader.OptionalString(r, ExplorerColumns.Document), RecordReader.String(r, ExplorerColumns.Quote), edge.Data.Start, edge.Data.End, edge);
            }))
            .ToList();
        var isNode = facts.Select((_, i) => i < nodes.Count).ToArray();

        var seedsDirectory = options.Value.SeedsDirectory!;
        var library = SeedLibrary.Load(seedsDirectory);
        // The article is the seed most facts cite; facts naming no seed count for none.
        var documentId = facts.Where(f => f.Document is not null).GroupBy(f => f.Document!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var document = (documentId is not null && library.TryGet(documentId, out var cited) ? cited : library.Documents.FirstOrDefault())
            ?? throw new GraphRequestException($"There is no seed article in '{seedsDirectory}'.");

        var index = new ArticleSnapshot(document, SeedAttribution.Read(seedsDirectory, document), facts, isNode);
        Log.ArticleIndexed(logger, document.Id, index.View.Paragraphs.Count, facts.Count, index.View.Unlocated.Count);
        if (index.View.Unlocated.Count > 0)
        {
            Log.QuotesNotFound(logger, document.Id, string.Join(", ", index.View.Unlocated.Take(20)));
        }

        return index;
    }
}
