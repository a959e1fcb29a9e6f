using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// Every file of a graph directory as read: its nodes and relationships in file order, and the problems the
/// reading found (bad lines, headers and values, duplicate node ids, endpoints no node has). What a graph
/// means beyond its structure (provenance, vocabulary) is checked by <see cref="GraphValidator"/>.
/// </summary>
public sealed class GraphFileSet(IReadOnlyList<NodeTable> nodeFiles, IReadOnlyList<RelationshipTable> relationshipFiles, IReadOnlyList<GraphProblem> problems)
{
    public IReadOnlyList<NodeTable> NodeFiles { get; } = nodeFiles;

    public IReadOnlyList<RelationshipTable> RelationshipFiles { get; } = relationshipFiles;

    /// <summary>The reading's problems in file and line order.</summary>
    public IReadOnlyList<GraphProblem> Problems { get; } = problems;

    public int FileCount => NodeFiles.Count + RelationshipFiles.Count;

    public int NodeCount => NodeFiles.Sum(static f => f.RowCount);

    public int RelationshipCount => RelationshipFiles.Sum(static f => f.RowCount);

    /// <summary>The id of the node with <paramref name="ordinal"/>.</summary>
    public string NodeId(int ordinal)
    {
        var (file, row) = Node(ordinal);
        return file.Ids[row];
    }

    /// <summary>Where the node with <paramref name="ordinal"/> is defined.</summary>
    public SourceLocation NodeLocation(int ordinal)
    {
        var (file, row) = Node(ordinal);
        return file.Location(row);
    }

    private (NodeTable File, int Row) Node(int ordinal) => Find(NodeFiles, ordinal);

    /// <summary>The file among <paramref name="nodeFiles"/> (in reading order) that holds the node with <paramref name="ordinal"/>, and its row there.</summary>
    internal static (NodeTable File, int Row) Find(IReadOnlyList<NodeTable> nodeFiles, int ordinal)
    {
        foreach (var file in nodeFiles)
        {
            if (ordinal < file.FirstNode + file.RowCount)
            {
                return (file, ordinal - file.FirstNode);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(ordinal));
    }
}
