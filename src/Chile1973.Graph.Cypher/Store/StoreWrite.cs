namespace Chile1973.Graph.Cypher.Store;

/// <summary>An open write on a <see cref="GraphStore"/>: its undo log and its update counts.</summary>
public sealed class StoreWrite
{
    private readonly GraphStore _store;
    private int _nodes;
    private int _relationships;
    private int _labels;
    private int _types;
    private int _keys;
    private readonly List<Action> _undo = [];
    private bool _done;

    internal StoreWrite(GraphStore store, int nodes, int relationships, int labels, int types, int keys)
    {
        _store = store;
        _nodes = nodes;
        _relationships = relationships;
        _labels = labels;
        _types = types;
        _keys = keys;
    }

    /// <summary>Nodes created so far.</summary>
    public int NodesCreated { get; internal set; }

    /// <summary>Nodes deleted so far.</summary>
    public int NodesDeleted { get; internal set; }

    /// <summary>Relationships created so far.</summary>
    public int RelationshipsCreated { get; internal set; }

    /// <summary>Relationships deleted so far.</summary>
    public int RelationshipsDeleted { get; internal set; }

    /// <summary>Property writes so far.</summary>
    public int PropertiesSet { get; internal set; }

    /// <summary>Labels added so far.</summary>
    public int LabelsAdded { get; internal set; }

    /// <summary>Labels removed so far.</summary>
    public int LabelsRemoved { get; internal set; }

    internal List<int> DeletedNodes { get; } = [];

    internal void Log(Action undo) => _undo.Add(undo);

    /// <summary>A node deleted in this write that still has relationships, or -1; such a write must not commit.</summary>
    public int FindDeletedNodeStillConnected()
    {
        foreach (var node in DeletedNodes)
        {
            if (!_store.NodeExists(node) && _store.Relationships(node, Direction.Both).Length > 0)
            {
                return node;
            }
        }

        return -1;
    }

    /// <summary>
    /// Keeps the changes made so far while the write stays open: a later <see cref="Rollback"/> undoes only what
    /// follows (the batches of <c>CALL { ... } IN TRANSACTIONS</c>, each committed on its own).
    /// </summary>
    public void CommitSoFar()
    {
        _undo.Clear();
        (_nodes, _relationships, _labels, _types, _keys) = _store.Extent();
    }

    /// <summary>A point this write can go back to with <see cref="RollbackTo"/>.</summary>
    public StoreSavepoint Savepoint()
    {
        var (nodes, relationships, labels, types, keys) = _store.Extent();
        return new StoreSavepoint(_undo.Count, nodes, relationships, labels, types, keys,
            [NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, LabelsAdded, LabelsRemoved],
            DeletedNodes.Count);
    }

    /// <summary>Undoes the changes made since <paramref name="savepoint"/>, newest first, and their counts.</summary>
    public void RollbackTo(StoreSavepoint savepoint)
    {
        ArgumentNullException.ThrowIfNull(savepoint);
        for (var i = _undo.Count - 1; i >= savepoint.UndoCount; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(savepoint.UndoCount, _undo.Count - savepoint.UndoCount);
        _store.TruncateAfterRollback(savepoint.Nodes, savepoint.Relationships, savepoint.Labels, savepoint.Types, savepoint.Keys);
        DeletedNodes.RemoveRange(savepoint.DeletedNodes, DeletedNodes.Count - savepoint.DeletedNodes);
        var counts = savepoint.Counts;
        (NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, LabelsAdded, LabelsRemoved) =
            (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        _store.MarkIndexesDirty();
    }

    /// <summary>Keeps the changes.</summary>
    public void Commit()
    {
        _done = true;
        _undo.Clear();
        _store.EndWrite(this, committed: true);
    }

    /// <summary>Undoes every change of this write, newest first.</summary>
    public void Rollback()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
        _store.TruncateAfterRollback(_nodes, _relationships, _labels, _types, _keys);
        _store.EndWrite(this, committed: false);
        _store.MarkIndexesDirty();
    }
}
