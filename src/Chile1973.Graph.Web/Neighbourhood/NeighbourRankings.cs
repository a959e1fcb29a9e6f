using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Each node's neighbours ranked as a ring ranks them, with each one's place in the walk of the node's relationships
/// (<see cref="ExplorerQueries.NeighbourRanking"/>), kept per graph version. The frontier of a second ring is the best
/// connected nodes of the first, the same hubs from one walk to the next, and ranking their neighbours again was half
/// the cost of a walk the cache had not seen. Kept only where <see cref="GraphVersionCache{TKey, TItem}"/> keeps
/// answers (the embedded engine); elsewhere <see cref="Keeps"/> is false and rings ask the engine each time.
/// </summary>
public sealed class NeighbourRankings(GraphQueryRunner runner, ICypherEngine engine, IOptions<NeighbourhoodCacheOptions> options)
    : IDisposable
{
    // Rankings are read for powers of two from here, so rings needing a few more or fewer reads share one.
    private const int FewestReads = 64;

    private readonly GraphVersionCache<(string NodeId, int Reads), RankedNeighbour> cache =
        new(engine, options.Value.MaxRankedNeighbours, static _ => 1);

    /// <summary>Whether rankings are kept; without, reading one per frontier node would cost more than the ring's query.</summary>
    public bool Keeps => cache.Keeps;

    /// <summary>
    /// The ranking of <paramref name="nodeId"/>'s first <paramref name="reads"/> neighbours or more, or of all of them:
    /// one kept that reaches as far, or else read now.
    /// </summary>
    public async Task<NeighbourRanking> GetAsync(string nodeId, int reads, CancellationToken cancellationToken)
    {
        var wanted = FewestReads;
        while (wanted < reads)
        {
            wanted *= 2;
        }

        for (var kept = FewestReads; kept > 0 && kept <= MaxKeptReads; kept *= 2)
        {
            if (cache.TryGet((nodeId, kept), out var items) && (kept >= reads || items.Count < kept))
            {
                return new NeighbourRanking(items, items.Count < kept);
            }
        }

        var read = await cache.GetAsync((nodeId, wanted), token => ReadAsync(nodeId, wanted, token), cancellationToken);
        return new NeighbourRanking(read, read.Count < wanted);
    }

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();

    // The largest ranking worth looking for: more than a ring ever reads from one node.
    private const int MaxKeptReads = 1 << 24;

    private async IAsyncEnumerable<RankedNeighbour> ReadAsync(string nodeId, int reads, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = nodeId, ["reads"] = (long)reads };
        await foreach (var record in runner.StreamAsync(ExplorerQueries.NeighbourRanking, parameters, cancellationToken))
        {
            yield return new RankedNeighbour(
                RecordReader.OptionalString(record, ExplorerColumns.Id),
                RecordReader.OptionalString(record, ExplorerColumns.Name),
                RecordReader.Long(record, ExplorerColumns.Degree),
                (int)RecordReader.Long(record, ExplorerColumns.Position));
        }
    }
}

/// <summary>A neighbour as a ring ranks it, and where it came in the walk of the ranked node's relationships.</summary>
public sealed record RankedNeighbour(string? Id, string? Name, long Degree, int Position);

/// <summary>A node's neighbours in rank order; <paramref name="Whole"/> when they are all of them.</summary>
public sealed record NeighbourRanking(IReadOnlyList<RankedNeighbour> Neighbours, bool Whole);
