namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>The two kinds of graph file.</summary>
public enum GraphFileKind
{
    /// <summary>A file under <c>nodes/</c>.</summary>
    Nodes,

    /// <summary>A file under <c>relationships/</c>.</summary>
    Relationships,
}
