using System.Buffers;

namespace Chile1973.Graph.Cypher.Store;

public sealed partial class GraphStore
{
    // One slot per node, each index kept with the adjacency array it was built from: a write replaces a node's array,
    // and an index of an array no longer the node's is built again. Not a weak table keyed by the array: its
    // dependent handles, one per index and tens of thousands once readers walk a large graph, were scanned by every
    // collection, which the collector's pauses showed while a fresh app's caches filled. Readers may build the same
    // index at once; either is right, and whichever is stored stays. An index left behind by a write holds its old
    // array until the node's index is asked for again: one array per node at most.
    private NeighbourIndex?[] _neighbourIndexes = [];

    // The self-loops of each node that has any (few do), kept as relationships are linked and unlinked: a degree is
    // read for every neighbour a ring ranks, and counting them meant reading the far end of each of the node's
    // outgoing relationships, a cache miss apiece on a large graph. Reads and writes never overlap (the store's lock).
    private readonly Dictionary<int, int> _selfLoops = [];

    /// <summary>
    /// The node's relationships sorted by the node at their other end, built on first use. For a hub tested against a
    /// few given nodes (the ring edges between a neighbourhood's hubs), a binary search per node instead of a read of
    /// the hub's thousands of relationships.
    /// </summary>
    public NeighbourIndex Neighbours(int node)
    {
        var adjacency = _adjacency[node];
        var indexes = _neighbourIndexes;
        if (indexes[node] is { } kept && ReferenceEquals(kept.Source, adjacency))
        {
            return kept;
        }

        var index = new NeighbourIndex(adjacency);
        indexes[node] = index;
        return index;
    }
}

/// <summary>
/// One node's adjacency entries ordered by the node at the other end; for one such node, its outgoing entries come
/// before its incoming ones, each in adjacency order.
/// </summary>
public sealed class NeighbourIndex
{
    // The far ends in ascending order, then each entry's relationship (the complement, ~rel, of an incoming one), in
    // one array: a large graph's walks keep tens of thousands of indexes, and each is an object fewer to keep. The
    // array is pinned, so it is made where the collector neither copies nor compacts: an index lives as long as the
    // app, and copied up the generations, the indexes a fresh app's first readers made held its gen1 at 26 to 59 MB
    // against 18 to 25 MB pinned (benchmarks/README.md).
    private readonly int[] _pairs;
    private readonly int _count;

    internal NeighbourIndex(int[] adjacency)
    {
        Source = adjacency;
        var outCount = adjacency[0];
        var count = (adjacency.Length - 1) >> 1;
        var keys = ArrayPool<long>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                keys[i] = ((long)adjacency[1 + count + i] << 32) | (uint)i;
            }

            Array.Sort(keys, 0, count);
            _count = count;
            _pairs = GC.AllocateUninitializedArray<int>(2 * count, pinned: true);
            for (var k = 0; k < count; k++)
            {
                var i = (int)(keys[k] & 0xFFFF_FFFF);
                var rel = adjacency[1 + i];
                _pairs[k] = (int)(keys[k] >> 32);
                _pairs[count + k] = i < outCount ? rel : ~rel;
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    /// <summary>The adjacency array the index was built from.</summary>
    internal int[] Source { get; }

    /// <summary>The number of entries (the node's relationships, a self-loop twice).</summary>
    public int Count => _count;

    /// <summary>The far ends of the entries, in index order (ascending).</summary>
    public ReadOnlySpan<int> Others => _pairs.AsSpan(0, _count);

    /// <summary>The node at the far end of the entry at a position.</summary>
    public int Other(int position) => _pairs[position];

    /// <summary>The entry at a position: the relationship and whether the node leaves it (outgoing) or enters it.</summary>
    public (int Rel, bool Outgoing) Entry(int position)
    {
        var entry = _pairs[_count + position];
        return entry >= 0 ? (entry, true) : (~entry, false);
    }
}
