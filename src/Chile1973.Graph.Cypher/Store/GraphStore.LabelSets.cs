using System.Runtime.InteropServices;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// How many nodes carry each distinct label set, kept current by every write and its undo, so counting nodes
/// grouped by their labels reads a handful of entries instead of scanning every node (Neo4j's count store
/// answers <c>MATCH (n:L) RETURN count(n)</c> the same way).
/// </summary>
public sealed partial class GraphStore
{
    // Keys are label arrays of nodes, compared by content; arrays are replaced, never changed, so keys stay valid.
    private readonly Dictionary<int[], int> _labelSetCounts = new(LabelSetComparer.Instance);

    /// <summary>The label sets nodes carry with how many nodes carry each, in the order the sets first appeared; sets no node carries any more are left out.</summary>
    public IReadOnlyList<LabelSetCount> LabelSetCounts()
    {
        var result = new List<LabelSetCount>(_labelSetCounts.Count);
        foreach (var (labels, count) in _labelSetCounts)
        {
            if (count > 0)
            {
                result.Add(new LabelSetCount(labels, count));
            }
        }

        return result;
    }

    private void CountLabelSet(int[] labels, int delta)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_labelSetCounts, labels, out _);
        count += delta;
    }

    private void RecountLabelSets()
    {
        _labelSetCounts.Clear();

        // Loaders share one array per distinct set, so counting by reference first makes this one cheap pass.
        var byReference = new Dictionary<int[], int>(ReferenceEqualityComparer.Instance);
        for (var node = 0; node < _nodeCount; node++)
        {
            if (!_nodeDeleted[node])
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(byReference, _nodeLabels[node], out _);
                count++;
            }
        }

        foreach (var (labels, count) in byReference)
        {
            CountLabelSet(labels, count);
        }
    }

    private sealed class LabelSetComparer : IEqualityComparer<int[]>
    {
        public static readonly LabelSetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
