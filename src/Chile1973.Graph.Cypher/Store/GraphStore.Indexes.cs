using Chile1973.Graph.Core.Explorer;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>The property indexes: exact <c>id</c> and <c>name</c>, names in order for prefixes, folded names and aliases for search.</summary>
public sealed partial class GraphStore
{
    /// <summary>The property holding a node's stable id.</summary>
    public const string IdProperty = "id";

    /// <summary>The property holding a node's display name.</summary>
    public const string NameProperty = "name";

    /// <summary>The property holding a node's other names (a list of strings).</summary>
    public const string AliasesProperty = "aliases";

    private readonly int _idKey;
    private readonly int _nameKey;
    private readonly int _aliasesKey;
    private readonly StringNodeIndex _idIndex = new();
    private readonly StringNodeIndex _nameIndex = new();
    private readonly Lock _lazyIndexLock = new();
    private volatile int[]? _byName;
    private volatile SearchIndex? _search;

    // Name is the node's display name (also on its aliases' entries): the tie-break of equal scores, read without a property lookup.
    private readonly record struct SearchEntry(string Folded, int Node, string Name);

    // Every entry, and the places where a word starts in their folded texts (the place's text is the entry's index),
    // in the ordinal order of the text that follows each: a binary search finds every match at a word start.
    private sealed record SearchIndex(SearchEntry[] Entries, TextPlace[] WordStarts);

    /// <summary>Whether the node has an <c>id</c> property (of any type), read from its keys alone.</summary>
    /// <remarks>Read from nothing at all while every node has a string id, as in a graph made of node files.</remarks>
    public bool HasId(int node) => _idIndex.NodeCount == _liveNodes || NodePropertyKeys(node).Contains(_idKey);

    /// <summary>True when equality on this property key can be answered by an index.</summary>
    public bool IsIndexed(int key) => key == _idKey || key == _nameKey;

    /// <summary>The nodes whose property (<c>id</c> or <c>name</c>) equals a string, ascending.</summary>
    public ReadOnlySpan<int> NodesByIndexedProperty(int key, string value)
    {
        var index = key == _idKey ? _idIndex : key == _nameKey ? _nameIndex : throw new ArgumentException("The key is not indexed.", nameof(key));
        return index.Find(value);
    }

    /// <summary>The nodes whose <c>id</c> property is <paramref name="id"/>.</summary>
    public ReadOnlySpan<int> NodesById(string id) => NodesByIndexedProperty(_idKey, id);

    /// <summary>The nodes whose <c>name</c> starts with <paramref name="prefix"/> (ordinal, case-sensitive), in name order.</summary>
    public ArraySegment<int> NodesWithNamePrefix(string prefix)
    {
        var byName = _byName ?? BuildByName();
        return PrefixRange(byName, node => NameOf(node), prefix);
    }

    /// <summary>
    /// Nodes whose name or an alias matches folded text (accents and case ignored), best first, each scored by its
    /// best occurrence: exact 1.0, prefix 0.8, word prefix 0.7, infix 0.5; ties by name, then node. With
    /// <paramref name="skip"/> and <paramref name="limit"/> only that page of the order is kept.
    /// </summary>
    /// <remarks>
    /// The matches at a word start come from a binary search of the sorted word starts; only when they are fewer
    /// than the page asks for are all entries read for matches inside a word, which score below every one of them.
    /// A common word matching a hundred thousand names of a large graph so costs one pass over those matches and a
    /// small heap, not a pass over every name and a sort of every match.
    /// </remarks>
    public IReadOnlyList<NameMatch> SearchNames(string text, int limit = int.MaxValue, int skip = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var query = NameFolding.Fold(text);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        var index = _search ?? BuildSearch();
        var wanted = (long)skip + limit;
        var best = new Dictionary<int, Ranked>();
        foreach (var start in WordStartsWith(index, query))
        {
            var (folded, node, name) = index.Entries[start.Text];
            var score = start.Offset > 0 ? 0.7 : folded.Length == query.Length ? 1.0 : 0.8;
            Keep(best, new Ranked(node, score, name));
        }

        if (best.Count < wanted)
        {
            foreach (var (folded, node, name) in index.Entries)
            {
                if (folded.Contains(query, StringComparison.Ordinal))
                {
                    Keep(best, new Ranked(node, 0.5, name));
                }
            }
        }

        if (wanted >= best.Count)
        {
            var all = best.Values.ToArray();
            Array.Sort(all, RankedOrder.Instance);
            return [.. all.Skip(skip).Select(static r => new NameMatch(r.Node, r.Score))];
        }

        // Keep the best `wanted` in a heap whose top is the worst kept: a match enters only if it beats that.
        var heap = new PriorityQueue<Ranked, Ranked>(RankedOrder.Reversed);
        foreach (var ranked in best.Values)
        {
            if (heap.Count < wanted)
            {
                heap.Enqueue(ranked, ranked);
            }
            else if (RankedOrder.Instance.Compare(ranked, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(ranked, ranked);
            }
        }

        var kept = new Ranked[heap.Count];
        for (var i = kept.Length - 1; i >= 0; i--)
        {
            kept[i] = heap.Dequeue();
        }

        return [.. kept.Skip(skip).Select(static r => new NameMatch(r.Node, r.Score))];
    }

    private readonly record struct Ranked(int Node, double Score, string Name);

    private static void Keep(Dictionary<int, Ranked> best, Ranked found)
    {
        if (!best.TryGetValue(found.Node, out var previous) || previous.Score < found.Score)
        {
            best[found.Node] = found;
        }
    }

    // The word starts whose following text begins with the query: a contiguous run of the sorted word starts.
    private static ArraySegment<TextPlace> WordStartsWith(SearchIndex index, string query) =>
        PrefixRange(index.WordStarts, start => Suffix(index, start), query);

    private delegate ReadOnlySpan<char> SortKey<in T>(T item);

    // The items whose key begins with the prefix are contiguous in an array sorted by key (ordinal): one binary
    // search for the first of them, one for the first past them.
    private static ArraySegment<T> PrefixRange<T>(T[] sorted, SortKey<T> key, ReadOnlySpan<char> prefix)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(sorted[mid]).SequenceCompareTo(prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int end = lo, high = sorted.Length;
        while (end < high)
        {
            var mid = (end + high) >>> 1;
            if (key(sorted[mid]).StartsWith(prefix, StringComparison.Ordinal))
            {
                end = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return new ArraySegment<T>(sorted, lo, end - lo);
    }

    private static ReadOnlySpan<char> Suffix(SearchIndex index, TextPlace start) => index.Entries[start.Text].Folded.AsSpan(start.Offset);

    private static bool StartsWord(string folded, int at) => at == 0 || folded[at - 1] is ' ' or '-' or '(' or '\'' or '.' or '/';

    // Best first: higher score, then name (ordinal), then node.
    private sealed class RankedOrder(bool reversed) : IComparer<Ranked>
    {
        public static readonly RankedOrder Instance = new(reversed: false);
        public static readonly RankedOrder Reversed = new(reversed: true);

        public int Compare(Ranked x, Ranked y)
        {
            var order = y.Score.CompareTo(x.Score);
            if (order == 0)
            {
                order = string.CompareOrdinal(x.Name, y.Name);
            }

            if (order == 0)
            {
                order = x.Node.CompareTo(y.Node);
            }

            return reversed ? -order : order;
        }
    }

    /// <summary>
    /// Builds now the indexes otherwise built on first use: names in order and the search over names and aliases.
    /// On a million nodes they take seconds, which a server spends before it takes readers rather than in the first
    /// reader's search (while every other search waits for it).
    /// </summary>
    public void BuildLazyIndexes()
    {
        _ = _byName ?? BuildByName();
        _ = _search ?? BuildSearch();
    }

    /// <summary>Whether the indexes built on first use are built for the graph as it is now.</summary>
    public bool LazyIndexesBuilt => _byName is not null && _search is not null;

    internal void MarkIndexesDirty()
    {
        _byName = null;
        _search = null;
    }

    private string NameOf(int node) => NodeProperty(node, _nameKey) as string ?? string.Empty;

    private int[] BuildByName()
    {
        lock (_lazyIndexLock)
        {
            if (_byName is { } ready)
            {
                return ready;
            }

            var nodes = new List<int>(_nameIndex.Count);
            _nameIndex.CopyNodesTo(nodes);

            var array = nodes.ToArray();
            var names = new string[array.Length];
            for (var i = 0; i < array.Length; i++)
            {
                names[i] = NameOf(array[i]);
            }

            Array.Sort(names, array, StringComparer.Ordinal);
            _byName = array;
            return array;
        }
    }

    private SearchIndex BuildSearch()
    {
        lock (_lazyIndexLock)
        {
            if (_search is { } ready)
            {
                return ready;
            }

            var entries = new List<SearchEntry>();
            for (var node = 0; node < _nodeCount; node++)
            {
                if (_nodeDeleted[node])
                {
                    continue;
                }

                var name = NodeProperty(node, _nameKey) as string;
                if (name is not null)
                {
                    entries.Add(new SearchEntry(NameFolding.Fold(name), node, name));
                }

                if (NodeProperty(node, _aliasesKey) is IEnumerable<object?> aliases)
                {
                    foreach (var alias in aliases)
                    {
                        if (alias is string a)
                        {
                            entries.Add(new SearchEntry(NameFolding.Fold(a), node, name ?? string.Empty));
                        }
                    }
                }
            }

            var array = entries.ToArray();
            var texts = Array.ConvertAll(array, static e => e.Folded);
            var starts = new List<TextPlace>(array.Length * 3);
            for (var entry = 0; entry < texts.Length; entry++)
            {
                var folded = texts[entry];
                for (var at = 0; at < folded.Length; at++)
                {
                    if (StartsWord(folded, at))
                    {
                        starts.Add(new TextPlace(entry, at));
                    }
                }
            }

            var sorted = starts.ToArray();
            SuffixSort.Sort(sorted, texts);
            var index = new SearchIndex(array, sorted);
            _search = index;
            return index;
        }
    }

    private void IndexNode(int node) => UpdateNodeIndexes(node, add: true);

    private void UnindexNode(int node) => UpdateNodeIndexes(node, add: false);

    // The id and name indexes follow each write; the others are rebuilt when next asked for.
    private void UpdateNodeIndexes(int node, bool add)
    {
        Update(_idIndex, NodeProperty(node, _idKey));
        Update(_nameIndex, NodeProperty(node, _nameKey));
        MarkIndexesDirty();

        void Update(StringNodeIndex index, object? value)
        {
            if (value is not string key)
            {
                return;
            }

            if (add)
            {
                index.Add(key, node);
            }
            else
            {
                index.Remove(key, node);
            }
        }
    }
}
