namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// Relationships by the string value of one property, each value's relationships ascending. A property like a
/// category has few values held by many relationships: a sorted list per value appends in the usual case (ids
/// grow) and binary-searches otherwise, where <see cref="StringNodeIndex"/> would copy the whole array on each add.
/// </summary>
internal sealed class RelationshipValueIndex
{
    private readonly Dictionary<string, List<int>> _entries = new(StringComparer.Ordinal);

    /// <summary>The relationships holding a value, ascending; valid until the index changes.</summary>
    public ReadOnlySpan<int> Find(string value) =>
        _entries.TryGetValue(value, out var relationships) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(relationships) : [];

    /// <summary>How many relationships hold a value.</summary>
    public int Count(string value) => _entries.TryGetValue(value, out var relationships) ? relationships.Count : 0;

    public void Clear() => _entries.Clear();

    public void Add(string value, int relationship)
    {
        if (!_entries.TryGetValue(value, out var relationships))
        {
            _entries[value] = [relationship];
            return;
        }

        if (relationships.Count == 0 || relationships[^1] < relationship)
        {
            relationships.Add(relationship);
            return;
        }

        var at = relationships.BinarySearch(relationship);
        if (at < 0)
        {
            relationships.Insert(~at, relationship);
        }
    }

    public void Remove(string value, int relationship)
    {
        if (!_entries.TryGetValue(value, out var relationships))
        {
            return;
        }

        var at = relationships.BinarySearch(relationship);
        if (at < 0)
        {
            return;
        }

        relationships.RemoveAt(at);
        if (relationships.Count == 0)
        {
            _entries.Remove(value);
        }
    }
}
