namespace Chile1973.Graph.Cypher.Store;

/// <summary>Where an open <see cref="StoreWrite"/> stood: its undo log's length, the store's extent and the update counts.</summary>
public sealed record StoreSavepoint(
    int UndoCount, int Nodes, int Relationships, int Labels, int Types, int Keys, IReadOnlyList<int> Counts, int DeletedNodes);
