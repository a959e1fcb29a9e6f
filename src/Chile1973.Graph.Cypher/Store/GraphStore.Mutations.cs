namespace Chile1973.Graph.Cypher.Store;

/// <summary>Changes to the graph; each records how to undo itself while a write is open.</summary>
public sealed partial class GraphStore
{
    private StoreWrite? _write;

    /// <summary>
    /// Opens a write: every change until <see cref="StoreWrite.Commit"/> or <see cref="StoreWrite.Rollback"/>
    /// is logged so a failure can put the graph back exactly as it was. Hold the write lock around it.
    /// </summary>
    public StoreWrite BeginWrite()
    {
        if (_write is not null)
        {
            throw new InvalidOperationException("A write is already open on this store.");
        }

        _write = new StoreWrite(this, _nodeCount, _relCount, Labels.Count, RelationshipTypes.Count, PropertyKeys.Count);
        return _write;
    }

    internal void EndWrite(StoreWrite write, bool committed)
    {
        if (committed)
        {
            Interlocked.Increment(ref _version);
        }

        if (ReferenceEquals(_write, write))
        {
            _write = null;
        }
    }

    // How far the element and token arrays reach, to cut them back on a rollback.
    internal (int Nodes, int Relationships, int Labels, int Types, int Keys) Extent() =>
        (_nodeCount, _relCount, Labels.Count, RelationshipTypes.Count, PropertyKeys.Count);

    internal void TruncateAfterRollback(int nodes, int relationships, int labels, int types, int keys)
    {
        for (var i = nodes; i < _nodeCount; i++)
        {
            _nodeLabels[i] = null!;
            _nodeKeys[i] = null!;
            _nodeValues[i] = null!;
            _summaries[i] = default;
            _adjacency[i] = null!;
            _nodeDeleted[i] = false;
        }

        for (var i = relationships; i < _relCount; i++)
        {
            _relKeys[i] = null!;
            _relValues[i] = null!;
            _relDeleted[i] = false;
        }

        _nodeCount = nodes;
        _relCount = relationships;
        Labels.TruncateTo(labels);
        RelationshipTypes.TruncateTo(types);
        PropertyKeys.TruncateTo(keys);
        while (_labelMembers.Count > labels)
        {
            _labelMembers.RemoveAt(_labelMembers.Count - 1);
        }
    }

    /// <summary>Creates a node with labels and properties (null values are skipped); returns its id.</summary>
    public int CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>>? properties = null)
    {
        var node = CreateNode();
        foreach (var label in labels)
        {
            AddLabel(node, Labels.GetOrAdd(label));
        }

        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                SetNodeProperty(node, PropertyKeys.GetOrAdd(key), value);
            }
        }

        return node;
    }

    /// <summary>Creates a node with no labels and no properties; returns its id.</summary>
    public int CreateNode()
    {
        var node = AppendNode(NoInts, NoInts, NoValues);
        _nodeDeleted[node] = false;
        CountLabelSet(NoInts, 1);
        if (_write is { } write)
        {
            write.NodesCreated++;
            write.Log(() =>
            {
                _nodeDeleted[node] = true;
                _liveNodes--;
                CountLabelSet(_nodeLabels[node], -1);
            });
        }

        return node;
    }

    /// <summary>Creates a relationship of a type between two existing nodes; returns its id.</summary>
    public int CreateRelationship(int start, int end, int type)
    {
        if (!NodeExists(start) || !NodeExists(end))
        {
            throw new InvalidOperationException("A relationship needs two existing nodes.");
        }

        var rel = AppendRelationship(start, end, type, NoInts, NoValues);
        _relDeleted[rel] = false;
        LinkRelationship(rel);
        if (_write is { } write)
        {
            write.RelationshipsCreated++;
            write.Log(() =>
            {
                UnlinkRelationship(rel);
                _relDeleted[rel] = true;
                _liveRels--;
            });
        }

        return rel;
    }

    /// <summary>Creates a relationship by type name with properties; returns its id.</summary>
    public int CreateRelationship(int start, int end, string type, IEnumerable<KeyValuePair<string, object?>>? properties = null)
    {
        var rel = CreateRelationship(start, end, RelationshipTypes.GetOrAdd(type));
        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                SetRelationshipProperty(rel, PropertyKeys.GetOrAdd(key), value);
            }
        }

        return rel;
    }

    /// <summary>Deletes a relationship (a no-op when it is already gone).</summary>
    public void DeleteRelationship(int rel)
    {
        if (!RelationshipExists(rel))
        {
            return;
        }

        UnlinkRelationship(rel);
        UnindexRelationship(rel);
        _relDeleted[rel] = true;
        _liveRels--;
        if (_write is { } write)
        {
            write.RelationshipsDeleted++;
            write.Log(() =>
            {
                _relDeleted[rel] = false;
                _liveRels++;
                LinkRelationship(rel);
                IndexRelationship(rel);
            });
        }
    }

    /// <summary>
    /// Deletes a node (a no-op when it is already gone). Its relationships must be deleted in the
    /// same write; <see cref="StoreWrite.FindDeletedNodeStillConnected"/> says when one was not.
    /// </summary>
    public void DeleteNode(int node)
    {
        if (!NodeExists(node))
        {
            return;
        }

        _nodeDeleted[node] = true;
        _liveNodes--;
        CountLabelSet(_nodeLabels[node], -1);
        foreach (var label in _nodeLabels[node])
        {
            RemoveSorted(_labelMembers[label], node);
        }

        UnindexNode(node);
        if (_write is { } write)
        {
            write.NodesDeleted++;
            write.DeletedNodes.Add(node);
            write.Log(() =>
            {
                _nodeDeleted[node] = false;
                _liveNodes++;
                CountLabelSet(_nodeLabels[node], 1);
                foreach (var label in _nodeLabels[node])
                {
                    InsertSorted(_labelMembers[label], node);
                }

                IndexNode(node);
            });
        }
    }

    /// <summary>Adds a label to a node; false when it already had it.</summary>
    public bool AddLabel(int node, int label)
    {
        var old = _nodeLabels[node];
        var at = Array.BinarySearch(old, label);
        if (at >= 0)
        {
            return false;
        }

        var updated = new int[old.Length + 1];
        old.AsSpan(0, ~at).CopyTo(updated);
        updated[~at] = label;
        old.AsSpan(~at).CopyTo(updated.AsSpan(~at + 1));
        ChangeLabels(node, label, old, updated, added: true);
        return true;
    }

    /// <summary>Removes a label from a node; false when it did not have it.</summary>
    public bool RemoveLabel(int node, int label)
    {
        var old = _nodeLabels[node];
        var at = Array.BinarySearch(old, label);
        if (at < 0)
        {
            return false;
        }

        var updated = new int[old.Length - 1];
        old.AsSpan(0, at).CopyTo(updated);
        old.AsSpan(at + 1).CopyTo(updated.AsSpan(at));
        ChangeLabels(node, label, old, updated, added: false);
        return true;
    }

    // Puts a node's new label set in place with the label's members and the label-set counts, and logs the way back.
    private void ChangeLabels(int node, int label, int[] old, int[] updated, bool added)
    {
        _nodeLabels[node] = updated;
        Member(added);
        var live = !_nodeDeleted[node];
        MoveLabelSet(old, updated, live);
        if (_write is not { } write)
        {
            return;
        }

        if (added)
        {
            write.LabelsAdded++;
        }
        else
        {
            write.LabelsRemoved++;
        }

        write.Log(() =>
        {
            _nodeLabels[node] = old;
            Member(!added);
            MoveLabelSet(updated, old, live);
        });

        void Member(bool add)
        {
            if (add)
            {
                InsertSorted(LabelMembers(label), node);
            }
            else
            {
                RemoveSorted(LabelMembers(label), node);
            }
        }
    }

    /// <summary>Sets (or, with null, removes) a node property.</summary>
    public void SetNodeProperty(int node, int key, object? value)
    {
        var oldKeys = _nodeKeys[node];
        var oldValues = _nodeValues[node];
        if (!WithProperty(oldKeys, oldValues, key, value, out var keys, out var values))
        {
            return;
        }

        var indexed = key == _idKey || key == _nameKey || key == _aliasesKey;
        Put(keys, values);
        if (_write is { } write)
        {
            write.PropertiesSet++;
            write.Log(() => Put(oldKeys, oldValues));
        }

        // The indexes follow the node's properties, both ways.
        void Put(int[] newKeys, object?[] newValues)
        {
            if (indexed)
            {
                UnindexNode(node);
            }

            _nodeKeys[node] = newKeys;
            _nodeValues[node] = newValues;
            KeepIdAndName(node, newKeys, newValues);
            if (indexed)
            {
                IndexNode(node);
            }
        }
    }

    /// <summary>Sets (or, with null, removes) a relationship property.</summary>
    public void SetRelationshipProperty(int rel, int key, object? value)
    {
        var oldKeys = _relKeys[rel];
        var oldValues = _relValues[rel];
        if (!WithProperty(oldKeys, oldValues, key, value, out var keys, out var values))
        {
            return;
        }

        // The index follows a live relationship's properties, both ways; a deleted one is indexed again on its undo.
        var indexed = IsIndexedRelationshipKey(key) && !_relDeleted[rel];
        Put(keys, values);
        if (_write is { } write)
        {
            write.PropertiesSet++;
            write.Log(() => Put(oldKeys, oldValues));
        }

        void Put(int[] newKeys, object?[] newValues)
        {
            if (indexed)
            {
                UnindexRelationship(rel);
            }

            _relKeys[rel] = newKeys;
            _relValues[rel] = newValues;
            if (indexed)
            {
                IndexRelationship(rel);
            }
        }
    }

    private void MoveLabelSet(int[] from, int[] to, bool live)
    {
        if (live)
        {
            CountLabelSet(from, -1);
            CountLabelSet(to, 1);
        }
    }

    // Property arrays are replaced, never changed in place, so readers and the undo log can keep the old ones.
    private static bool WithProperty(int[] oldKeys, object?[] oldValues, int key, object? value, out int[] keys, out object?[] values)
    {
        var at = Array.IndexOf(oldKeys, key);
        if (value is null)
        {
            if (at < 0)
            {
                keys = oldKeys;
                values = oldValues;
                return false;
            }

            keys = new int[oldKeys.Length - 1];
            values = new object?[oldKeys.Length - 1];
            for (int i = 0, j = 0; i < oldKeys.Length; i++)
            {
                if (i != at)
                {
                    keys[j] = oldKeys[i];
                    values[j++] = oldValues[i];
                }
            }

            return true;
        }

        if (at >= 0)
        {
            keys = oldKeys;
            values = (object?[])oldValues.Clone();
            values[at] = value;
            return true;
        }

        keys = new int[oldKeys.Length + 1];
        values = new object?[oldKeys.Length + 1];
        oldKeys.CopyTo(keys, 0);
        oldValues.CopyTo(values, 0);
        keys[^1] = key;
        values[^1] = value;
        return true;
    }

    private void LinkRelationship(int rel)
    {
        var start = _relStart[rel];
        var end = _relEnd[rel];
        _adjacency[start] = Inserted(_adjacency[start], rel, outgoing: true);
        _adjacency[end] = Inserted(_adjacency[end], rel, outgoing: false);
        _summaries[start].Degree++;
        if (end != start)
        {
            _summaries[end].Degree++;
        }

        CountSelfLoop(rel, 1);
    }

    private void UnlinkRelationship(int rel)
    {
        var start = _relStart[rel];
        var end = _relEnd[rel];
        _adjacency[start] = Removed(_adjacency[start], rel, outgoing: true);
        _adjacency[end] = Removed(_adjacency[end], rel, outgoing: false);
        _summaries[start].Degree--;
        if (end != start)
        {
            _summaries[end].Degree--;
        }

        CountSelfLoop(rel, -1);
    }

    private int[] Inserted(int[] adjacency, int rel, bool outgoing)
    {
        var outCount = adjacency[0];
        var count = AdjacencyCount(adjacency);
        var from = outgoing ? 1 : 1 + outCount;
        var to = outgoing ? 1 + outCount : 1 + count;
        var type = _relType[rel];
        var at = from;
        while (at < to && (_relType[adjacency[at]] < type || (_relType[adjacency[at]] == type && adjacency[at] < rel)))
        {
            at++;
        }

        // The ids and, after them, the far ends, each with the new entry at the same place.
        var updated = new int[1 + (2 * (count + 1))];
        updated[0] = outgoing ? outCount + 1 : outCount;
        var ids = adjacency.AsSpan(1, count);
        var ends = adjacency.AsSpan(1 + count, count);
        var place = at - 1;
        ids[..place].CopyTo(updated.AsSpan(1));
        updated[1 + place] = rel;
        ids[place..].CopyTo(updated.AsSpan(2 + place));
        var endsFrom = 1 + count + 1;
        ends[..place].CopyTo(updated.AsSpan(endsFrom));
        updated[endsFrom + place] = outgoing ? _relEnd[rel] : _relStart[rel];
        ends[place..].CopyTo(updated.AsSpan(endsFrom + place + 1));
        return updated;
    }

    private static int[] Removed(int[] adjacency, int rel, bool outgoing)
    {
        var outCount = adjacency[0];
        var count = AdjacencyCount(adjacency);
        var from = outgoing ? 1 : 1 + outCount;
        var to = outgoing ? 1 + outCount : 1 + count;
        var at = Array.IndexOf(adjacency, rel, from, to - from);
        if (at < 0)
        {
            return adjacency;
        }

        if (count == 1)
        {
            return NoAdjacency;
        }

        // The entry's id and its far end, at the same place among the far ends.
        var updated = new int[1 + (2 * (count - 1))];
        updated[0] = outgoing ? outCount - 1 : outCount;
        var ids = adjacency.AsSpan(1, count);
        var ends = adjacency.AsSpan(1 + count, count);
        var place = at - 1;
        ids[..place].CopyTo(updated.AsSpan(1));
        ids[(place + 1)..].CopyTo(updated.AsSpan(1 + place));
        var endsFrom = count;
        ends[..place].CopyTo(updated.AsSpan(endsFrom));
        ends[(place + 1)..].CopyTo(updated.AsSpan(endsFrom + place));
        return updated;
    }
}
