using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Cypher.Store;

public sealed partial class GraphStore
{
    // Kept with the adjacency array each was built from: a write replaces a node's array, which drops its index.
    private readonly ConditionalWeakTable<int[], NeighbourIndex> _neighbourIndexes = new();

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
        if (!_neighbourIndexes.TryGetValue(adjacency, out var index))
        {
            index = _neighbourIndexes.GetValue(adjacency, static a => new NeighbourIndex(a));
        }

        return index;
    }
}

/// <summary>
/// One node's adjacency entries ordered by the node at the other end; for one such node, its outgoing entries come
/// before its incoming ones, each in adjacency order.
/// </summary>
public sealed class NeighbourIndex
{
    private readonly int[] _others;

    // The relationship of an outgoing entry, or the complement (~rel) of an incoming one.
    private readonly int[] _entries;

    internal NeighbourIndex(int[] adjacency)
    {
        var outCount = adjacency[0];
        var count = (adjacency.Length - 1) >> 1;
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = ((long)adjacency[1 + count + i] << 32) | (uint)i;
        }

        Array.Sort(keys);
        _others = new int[count];
        _entries = new int[count];
        for (var k = 0; k < count; k++)
        {
            var i = (int)(keys[k] & 0xFFFF_FFFF);
            var rel = adjacency[1 + i];
            _others[k] = (int)(keys[k] >> 32);
            _entries[k] = i < outCount ? rel : ~rel;
        }
    }

    /// <summary>The number of entries (the node's relationships, a self-loop twice).</summary>
    public int Count => _others.Length;

    /// <summary>The far ends of the entries, in index order (ascending).</summary>
    public ReadOnlySpan<int> Others => _others;

    /// <summary>The node at the far end of the entry at a position.</summary>
    public int Other(int position) => _others[position];

    /// <summary>The entry at a position: the relationship and whether the node leaves it (outgoing) or enters it.</summary>
    public (int Rel, bool Outgoing) Entry(int position)
    {
        var entry = _entries[position];
        return entry >= 0 ? (entry, true) : (~entry, false);
    }
}
