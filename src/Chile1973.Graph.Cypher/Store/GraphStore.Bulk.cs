namespace Chile1973.Graph.Cypher.Store;

/// <summary>Fast appends for loaders: no undo log, indexes and adjacency built once at the end.</summary>
public sealed partial class GraphStore
{
    private readonly Dictionary<string, int[]> _shapes = new(StringComparer.Ordinal);

    /// <summary>A shared, sorted array for a label set or a key set, so identical sets cost one array.</summary>
    internal int[] Shared(int[] tokens)
    {
        var key = string.Join(',', tokens);
        if (!_shapes.TryGetValue(key, out var shared))
        {
            shared = tokens;
            _shapes[key] = shared;
        }

        return shared;
    }

    internal int AppendNode(int[] sortedLabels, int[] keys, object?[] values)
    {
        var node = _nodeCount;
        EnsureNodeCapacity(node + 1);
        _nodeLabels[node] = sortedLabels;
        _nodeKeys[node] = keys;
        _nodeValues[node] = values;
        KeepIdAndName(node, keys, values);
        _adjacency[node] = NoAdjacency;
        _summaries[node].Degree = 0;
        _nodeCount++;
        _liveNodes++;
        return node;
    }

    internal int AppendRelationship(int start, int end, int type, int[] keys, object?[] values)
    {
        var rel = _relCount;
        EnsureRelationshipCapacity(rel + 1);
        _relStart[rel] = start;
        _relEnd[rel] = end;
        _relType[rel] = type;
        _relKeys[rel] = keys;
        _relValues[rel] = values;
        _relCount++;
        _liveRels++;
        return rel;
    }

    /// <summary>Appends relationships that share one key set, in order.</summary>
    internal void AppendRelationships(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> types, int[] keys, ReadOnlySpan<object?[]> values)
    {
        var first = _relCount;
        var count = starts.Length;
        EnsureRelationshipCapacity(first + count);
        starts.CopyTo(_relStart.AsSpan(first));
        ends.CopyTo(_relEnd.AsSpan(first));
        types.CopyTo(_relType.AsSpan(first));
        _relKeys.AsSpan(first, count).Fill(keys);
        values.CopyTo(_relValues.AsSpan(first));
        _relCount += count;
        _liveRels += count;
    }

    internal void ReserveNodes(int count) => EnsureNodeCapacity(count);

    internal void ReserveRelationships(int count) => EnsureRelationshipCapacity(count);

    /// <summary>Builds the label index, the label set counts, the node and relationship property indexes and the adjacency arrays after appends.</summary>
    internal void FinishBulk()
    {
        // Adjacency and the node indexes touch different arrays: build them side by side.
        var adjacency = Task.Run(BuildAdjacency);
        _labelMembers.Clear();
        _idIndex.Clear();
        _nameIndex.Clear();
        _idIndex.EnsureCapacity(_nodeCount);
        _nameIndex.EnsureCapacity(_nodeCount);
        for (var node = 0; node < _nodeCount; node++)
        {
            foreach (var label in _nodeLabels[node])
            {
                LabelMembers(label).Add(node);
            }

            if (NodeProperty(node, _idKey) is string id)
            {
                _idIndex.Add(id, node);
            }

            if (NodeProperty(node, _nameKey) is string name)
            {
                _nameIndex.Add(name, node);
            }
        }

        RecountLabelSets();
        BuildRelationshipIndexes();
        adjacency.GetAwaiter().GetResult();
        MarkIndexesDirty();
    }

    private void BuildAdjacency()
    {
        var outDegree = new int[_nodeCount];
        var inDegree = new int[_nodeCount];
        var typeCounts = new int[RelationshipTypes.Count + 1];
        _selfLoops.Clear();
        for (var rel = 0; rel < _relCount; rel++)
        {
            outDegree[_relStart[rel]]++;
            inDegree[_relEnd[rel]]++;
            typeCounts[_relType[rel] + 1]++;
            CountSelfLoop(rel, 1);
        }

        for (var node = 0; node < _nodeCount; node++)
        {
            var total = outDegree[node] + inDegree[node];
            _summaries[node].Degree = total - SelfLoops(node);
            if (total == 0)
            {
                _adjacency[node] = NoAdjacency;
                continue;
            }

            var adjacency = new int[1 + (2 * total)];
            adjacency[0] = outDegree[node];
            _adjacency[node] = adjacency;
        }

        // Visiting relationships ordered by (type, id) leaves every node's segments sorted the same way.
        for (var t = 1; t < typeCounts.Length; t++)
        {
            typeCounts[t] += typeCounts[t - 1];
        }

        var byType = new int[_relCount];
        for (var rel = 0; rel < _relCount; rel++)
        {
            byType[typeCounts[_relType[rel]]++] = rel;
        }

        var outFill = outDegree;
        var inFill = inDegree;
        Array.Clear(outFill);
        Array.Clear(inFill);
        foreach (var rel in byType)
        {
            var start = _relStart[rel];
            var end = _relEnd[rel];
            var startAdjacency = _adjacency[start];
            var at = 1 + outFill[start]++;
            startAdjacency[at] = rel;
            startAdjacency[at + AdjacencyCount(startAdjacency)] = end;
            var endAdjacency = _adjacency[end];
            at = 1 + endAdjacency[0] + inFill[end]++;
            endAdjacency[at] = rel;
            endAdjacency[at + AdjacencyCount(endAdjacency)] = start;
        }
    }
}
