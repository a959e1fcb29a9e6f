using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// Nodes by the string value of one property. A value held by one node, the usual case for ids and names, costs
/// no array: the node sits in the dictionary entry itself.
/// </summary>
internal sealed class StringNodeIndex
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The number of distinct values.</summary>
    public int Count => _entries.Count;

    /// <summary>The nodes holding a value, ascending; valid until the index changes.</summary>
    public ReadOnlySpan<int> Find(string value)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, value);
        if (Unsafe.IsNullRef(ref entry))
        {
            return [];
        }

        return entry.Many ?? new ReadOnlySpan<int>(ref entry.Single);
    }

    /// <summary>Every indexed node, value by value.</summary>
    public void CopyNodesTo(List<int> nodes)
    {
        foreach (var entry in _entries.Values)
        {
            if (entry.Many is { } many)
            {
                nodes.AddRange(many);
            }
            else
            {
                nodes.Add(entry.Single);
            }
        }
    }

    public void Clear()
    {
        _entries.Clear();
        NodeCount = 0;
    }

    /// <summary>The number of nodes indexed, over all values.</summary>
    public int NodeCount { get; private set; }

    public void EnsureCapacity(int capacity) => _entries.EnsureCapacity(capacity);

    public void Add(string value, int node)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, value, out var exists);
        if (!exists)
        {
            entry.Single = node;
            NodeCount++;
            return;
        }

        var current = entry.Many ?? [entry.Single];
        if (Array.IndexOf(current, node) >= 0)
        {
            return;
        }

        NodeCount++;

        var updated = new int[current.Length + 1];
        current.CopyTo(updated, 0);
        updated[^1] = node;
        Array.Sort(updated);
        entry.Many = updated;
    }

    public void Remove(string value, int node)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, value);
        if (Unsafe.IsNullRef(ref entry))
        {
            return;
        }

        if (entry.Many is not { } many)
        {
            if (entry.Single == node)
            {
                _entries.Remove(value);
                NodeCount--;
            }

            return;
        }

        if (Array.IndexOf(many, node) < 0)
        {
            return;
        }

        NodeCount--;

        var rest = many.Where(n => n != node).ToArray();
        entry.Many = rest.Length > 1 ? rest : null;
        entry.Single = rest[0];
    }

    // Many is null for one node (in Single), else it holds them all, ascending.
    private struct Entry
    {
        public int Single;
        public int[]? Many;
    }
}
