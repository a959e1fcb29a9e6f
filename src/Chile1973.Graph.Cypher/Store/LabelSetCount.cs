namespace Chile1973.Graph.Cypher.Store;

/// <summary>A set of labels (tokens, ascending) and the number of nodes whose labels are exactly that set.</summary>
public readonly record struct LabelSetCount(ReadOnlyMemory<int> Labels, int Count);
