namespace Chile1973.Graph.Cypher.Store;

/// <summary>An open write on a <see cref="GraphStore"/>: its undo log and its update counts.</summary>
public sealed class StoreWrite
{
    private readonly GraphStore _store;
    private readonly int _nodes;
    private readonly int _relationships;
    private readonly int _labels;
    private readonly int _types;
    private readonly int _keys;
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

    /// <summary>Keeps the changes.</summary>
    public void Commit()
    {
        _done = true;
        _undo.Clear();
        _store.EndWrite(this);
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
        _store.EndWrite(this);
        _store.MarkIndexesDirty();
    }
}
