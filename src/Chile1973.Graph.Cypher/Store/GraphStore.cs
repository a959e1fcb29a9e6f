using System.Runtime.InteropServices;

namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// An in-process property graph: dense int ids for nodes and relationships, token dictionaries for
/// labels, relationship types and property keys, a label index, adjacency grouped by direction and
/// type, indexes on the <c>id</c> and <c>name</c> properties and a folded name/alias index for search.
/// Readers share <see cref="Lock"/>; a write holds it alone and can be rolled back (see <see cref="BeginWrite"/>).
/// </summary>
public sealed partial class GraphStore
{
    private static readonly int[] NoInts = [];
    private static readonly object?[] NoValues = [];
    private static readonly int[] NoAdjacency = [0];

    private int _nodeCount;
    private int _liveNodes;
    private int[][] _nodeLabels = [];
    private int[][] _nodeKeys = [];
    private object?[][] _nodeValues = [];

    // Per node: [outCount, outgoing ids sorted by type..., incoming ids sorted by type..., then the node at the other
    // end of each of those relationships, in the same order]. The far end beside the id: an expansion reads it for
    // every relationship it walks, and from the relationship's own start and end arrays that is a cache miss apiece
    // on a large graph; here it is read in sequence.
    private int[][] _adjacency = [];

    private bool[] _nodeDeleted = [];

    // What a ring reads of each of thousands of nodes, side by side in one record of 24 bytes, so one cache miss on a
    // large graph rather than one per array: the node's id and name where they are strings (null where not), behind
    // its key and value arrays three misses more, and its relationships in both directions (a self-loop once), behind
    // its adjacency array one more. The key and value arrays and the adjacency stay the whole truth.
    private NodeSummary[] _summaries = [];

    // Fields, not properties, so that a degree is changed in place in the array.
    private struct NodeSummary
    {
        public string? Id;
        public string? Name;
        public int Degree;
    }

    private int _relCount;
    private int _liveRels;
    private int[] _relStart = [];
    private int[] _relEnd = [];
    private int[] _relType = [];
    private int[][] _relKeys = [];
    private object?[][] _relValues = [];
    private bool[] _relDeleted = [];

    private readonly List<List<int>> _labelMembers = [];

    private long _version;

    /// <summary>Creates an empty store.</summary>
    public GraphStore()
    {
        Labels = new TokenDictionary();
        RelationshipTypes = new TokenDictionary();
        PropertyKeys = new TokenDictionary();
        _idKey = PropertyKeys.GetOrAdd(IdProperty);
        _nameKey = PropertyKeys.GetOrAdd(NameProperty);
        _aliasesKey = PropertyKeys.GetOrAdd(AliasesProperty);
    }

    /// <summary>Label names and their tokens.</summary>
    public TokenDictionary Labels { get; }

    /// <summary>Relationship type names and their tokens.</summary>
    public TokenDictionary RelationshipTypes { get; }

    /// <summary>Property key names and their tokens.</summary>
    public TokenDictionary PropertyKeys { get; }

    /// <summary>Reads share it; a write holds it alone.</summary>
    public Nito.AsyncEx.AsyncReaderWriterLock Lock { get; } = new();

    /// <summary>
    /// Advances each time a write commits (<see cref="StoreWrite.Commit"/>), so two reads at the same version
    /// see the same graph. Changes made with no write open (a loader filling a store nobody reads yet) leave it.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>One past the highest node id ever used; ids below it may be deleted.</summary>
    public int NodeIdLimit => _nodeCount;

    /// <summary>One past the highest relationship id ever used.</summary>
    public int RelationshipIdLimit => _relCount;

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _liveNodes;

    /// <summary>The number of relationships.</summary>
    public int RelationshipCount => _liveRels;

    /// <summary>True when the node id names a node that exists (was created and not deleted).</summary>
    /// <remarks>
    /// With none deleted (every node counted is live) the deletion flags are not read: every property read checks
    /// its entity exists, and on a large graph the flag is a cache miss of its own.
    /// </remarks>
    public bool NodeExists(int node) => (uint)node < (uint)_nodeCount && (_liveNodes == _nodeCount || !_nodeDeleted[node]);

    /// <summary>True when the relationship id names a relationship that exists.</summary>
    public bool RelationshipExists(int relationship) =>
        (uint)relationship < (uint)_relCount && (_liveRels == _relCount || !_relDeleted[relationship]);

    /// <summary>The node's label tokens, sorted.</summary>
    public ReadOnlySpan<int> NodeLabels(int node) => _nodeLabels[node];

    /// <summary>True when the node carries the label.</summary>
    public bool HasLabel(int node, int label) => Array.BinarySearch(_nodeLabels[node], label) >= 0;

    /// <summary>The node's property key tokens, parallel to <see cref="NodePropertyValues"/>.</summary>
    public ReadOnlySpan<int> NodePropertyKeys(int node) => _nodeKeys[node];

    /// <summary>The node's property values, parallel to <see cref="NodePropertyKeys"/>.</summary>
    public ReadOnlySpan<object?> NodePropertyValues(int node) => _nodeValues[node];

    /// <summary>A node property, or null when absent.</summary>
    public object? NodeProperty(int node, int key)
    {
        if ((key == _idKey || key == _nameKey) && (key == _idKey ? _summaries[node].Id : _summaries[node].Name) is { } kept)
        {
            return kept;
        }

        return PropertyOf(_nodeKeys[node], _nodeValues[node], key);
    }

    // Called wherever a node's keys and values are put in place, so the two stay what those arrays hold.
    private void KeepIdAndName(int node, int[] keys, object?[] values)
    {
        ref var summary = ref _summaries[node];
        summary.Id = PropertyOf(keys, values, _idKey) as string;
        summary.Name = PropertyOf(keys, values, _nameKey) as string;
    }

    /// <summary>The relationship's type token.</summary>
    public int RelationshipType(int relationship) => _relType[relationship];

    /// <summary>The node the relationship leaves.</summary>
    public int StartNode(int relationship) => _relStart[relationship];

    /// <summary>The node the relationship enters.</summary>
    public int EndNode(int relationship) => _relEnd[relationship];

    /// <summary>The other end of a relationship, seen from <paramref name="node"/>.</summary>
    public int OtherNode(int relationship, int node) => _relStart[relationship] == node ? _relEnd[relationship] : _relStart[relationship];

    /// <summary>The relationship's property key tokens.</summary>
    public ReadOnlySpan<int> RelationshipPropertyKeys(int relationship) => _relKeys[relationship];

    /// <summary>The relationship's property values.</summary>
    public ReadOnlySpan<object?> RelationshipPropertyValues(int relationship) => _relValues[relationship];

    /// <summary>A relationship property, or null when absent.</summary>
    public object? RelationshipProperty(int relationship, int key) => PropertyOf(_relKeys[relationship], _relValues[relationship], key);

    /// <summary>The value beside <paramref name="key"/> in parallel key and value arrays, or null when absent.</summary>
    private static object? PropertyOf(int[] keys, object?[] values, int key)
    {
        var at = Array.IndexOf(keys, key);
        return at < 0 ? null : values[at];
    }

    /// <summary>The ids of the nodes with a label, ascending; empty for an unknown label.</summary>
    public ReadOnlySpan<int> NodesWithLabel(int label) =>
        (uint)label < (uint)_labelMembers.Count ? CollectionsMarshal.AsSpan(_labelMembers[label]) : [];

    /// <summary>The number of nodes carrying a label.</summary>
    public int LabelCount(int label) => (uint)label < (uint)_labelMembers.Count ? _labelMembers[label].Count : 0;

    /// <summary>
    /// The relationships leaving (<see cref="Direction.Outgoing"/>) or entering (<see cref="Direction.Incoming"/>)
    /// a node, grouped by type. For <see cref="Direction.Both"/> call both and skip self-loops the second time.
    /// </summary>
    public ReadOnlySpan<int> Relationships(int node, Direction direction)
    {
        var adjacency = _adjacency[node];
        var outCount = adjacency[0];
        return direction switch
        {
            Direction.Outgoing => adjacency.AsSpan(1, outCount),
            Direction.Incoming => adjacency.AsSpan(1 + outCount, AdjacencyCount(adjacency) - outCount),
            _ => adjacency.AsSpan(1, AdjacencyCount(adjacency)),
        };
    }

    /// <summary>The relationships of one type leaving or entering a node, without copying.</summary>
    public ReadOnlySpan<int> Relationships(int node, Direction direction, int type)
    {
        if (direction == Direction.Both)
        {
            throw new ArgumentException("Ask for each direction separately.", nameof(direction));
        }

        var all = Relationships(node, direction);
        var lo = LowerBound(all, type);
        var hi = LowerBound(all, type + 1);
        return all[lo..hi];
    }

    /// <summary>Like <see cref="Relationships(int, Direction, int)"/>, as a segment that may be held across awaits and yields.</summary>
    public ArraySegment<int> RelationshipSegment(int node, Direction direction, int type)
    {
        var all = Relationships(node, direction);
        var lo = LowerBound(all, type);
        var hi = LowerBound(all, type + 1);
        var adjacency = _adjacency[node];
        var offset = direction == Direction.Outgoing ? 1 : 1 + adjacency[0];
        return new ArraySegment<int>(adjacency, offset + lo, hi - lo);
    }

    /// <summary>Like <see cref="Relationships(int, Direction)"/>, as a segment that may be held across awaits and yields.</summary>
    public ArraySegment<int> RelationshipSegment(int node, Direction direction)
    {
        var adjacency = _adjacency[node];
        var outCount = adjacency[0];
        return direction switch
        {
            Direction.Outgoing => new ArraySegment<int>(adjacency, 1, outCount),
            Direction.Incoming => new ArraySegment<int>(adjacency, 1 + outCount, AdjacencyCount(adjacency) - outCount),
            _ => new ArraySegment<int>(adjacency, 1, AdjacencyCount(adjacency)),
        };
    }

    /// <summary>
    /// The nodes at the other end of the relationships of a segment that <see cref="RelationshipSegment(int, Direction)"/>
    /// or <see cref="RelationshipSegment(int, Direction, int)"/> gave, position for position (a self-loop's far end is
    /// the node itself).
    /// </summary>
    public static ReadOnlySpan<int> OtherEnds(ArraySegment<int> segment) =>
        segment.Count == 0 ? [] : segment.Array.AsSpan(segment.Offset + AdjacencyCount(segment.Array!), segment.Count);

    // The relationship entries of an adjacency array (a self-loop twice), the far ends being as many again.
    private static int AdjacencyCount(int[] adjacency) => (adjacency.Length - 1) >> 1;

    /// <summary>The node at a position of <see cref="NodesWithLabel"/>.</summary>
    public int NodeWithLabelAt(int label, int index) => _labelMembers[label][index];

    /// <summary>The number of relationships of a node in a direction (both counts a self-loop once).</summary>
    public int Degree(int node, Direction direction)
    {
        // Both directions from the node's summary alone: the adjacency array is another cache miss on a large graph.
        if (direction == Direction.Both)
        {
            return _summaries[node].Degree;
        }

        var adjacency = _adjacency[node];
        return direction == Direction.Outgoing ? adjacency[0] : AdjacencyCount(adjacency) - adjacency[0];
    }

    private int SelfLoops(int node) => _selfLoops.GetValueOrDefault(node);

    /// <summary>Whether the node has a relationship to itself.</summary>
    public bool HasSelfLoops(int node) => _selfLoops.Count != 0 && _selfLoops.ContainsKey(node);

    private void CountSelfLoop(int rel, int change)
    {
        var node = _relStart[rel];
        if (_relEnd[rel] != node)
        {
            return;
        }

        var count = _selfLoops.GetValueOrDefault(node) + change;
        if (count == 0)
        {
            _selfLoops.Remove(node);
        }
        else
        {
            _selfLoops[node] = count;
        }
    }

    private int LowerBound(ReadOnlySpan<int> rels, int type)
    {
        int lo = 0, hi = rels.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_relType[rels[mid]] < type)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Element id of a node: its int id as text.</summary>
    public static string NodeElementId(int node) => node.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Element id of a relationship: its int id as text.</summary>
    public static string RelationshipElementId(int relationship) =>
        relationship.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void EnsureNodeCapacity(int needed)
    {
        if (needed <= _nodeLabels.Length)
        {
            return;
        }

        var size = Math.Max(needed, Math.Max(16, _nodeLabels.Length * 2));
        Array.Resize(ref _nodeLabels, size);
        Array.Resize(ref _nodeKeys, size);
        Array.Resize(ref _nodeValues, size);
        Array.Resize(ref _adjacency, size);
        Array.Resize(ref _neighbourIndexes, size);
        Array.Resize(ref _nodeDeleted, size);
        Array.Resize(ref _summaries, size);
    }

    private void EnsureRelationshipCapacity(int needed)
    {
        if (needed <= _relStart.Length)
        {
            return;
        }

        var size = Math.Max(needed, Math.Max(16, _relStart.Length * 2));
        Array.Resize(ref _relStart, size);
        Array.Resize(ref _relEnd, size);
        Array.Resize(ref _relType, size);
        Array.Resize(ref _relKeys, size);
        Array.Resize(ref _relValues, size);
        Array.Resize(ref _relDeleted, size);
    }

    private List<int> LabelMembers(int label)
    {
        while (_labelMembers.Count <= label)
        {
            _labelMembers.Add([]);
        }

        return _labelMembers[label];
    }

    private static void InsertSorted(List<int> list, int value)
    {
        if (list.Count == 0 || list[^1] < value)
        {
            list.Add(value);
            return;
        }

        var at = list.BinarySearch(value);
        if (at < 0)
        {
            list.Insert(~at, value);
        }
    }

    private static void RemoveSorted(List<int> list, int value)
    {
        var at = list.BinarySearch(value);
        if (at >= 0)
        {
            list.RemoveAt(at);
        }
    }
}
