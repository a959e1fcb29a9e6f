using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>The rows of one graph file as read: each row's line, property values and whether it had a problem.</summary>
public abstract class GraphTable
{
    private protected GraphTable(string file, GraphFileLayout layout, IReadOnlyList<int> lines, IReadOnlyList<object?[]> values, HashSet<int> flawed)
    {
        File = file;
        Layout = layout;
        Lines = lines;
        Values = values;
        FlawedRows = flawed;
    }

    /// <summary>The file, relative as in <see cref="GraphProblem.File"/>.</summary>
    public string File { get; }

    public GraphFileLayout Layout { get; }

    public int RowCount => Lines.Count;

    /// <summary>Per row, its 1-based line in the file.</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>Per row, the values of <see cref="GraphFileLayout.PropertyColumns"/> in that order (null for an empty cell).</summary>
    public IReadOnlyList<object?[]> Values { get; }

    /// <summary>The rows the reader found a problem in (a bad value, a duplicate or unknown id).</summary>
    public IReadOnlySet<int> FlawedRows { get; }

    public SourceLocation Location(int row) => new(File, Lines[row]);

    /// <summary>The value of column <paramref name="column"/> in row <paramref name="row"/>; null when empty or not a property.</summary>
    public object? Value(int row, int? column) =>
        column is { } c && Layout.ValueSlot(c) is var slot and >= 0 ? Values[row][slot] : null;
}

/// <summary>The nodes of one node file; a node's ordinal is its place among the nodes of all files, in reading order.</summary>
public sealed class NodeTable : GraphTable
{
    internal NodeTable(string file, GraphFileLayout layout, int firstNode, NodeFileRange[] ranges, HashSet<int> flawed)
        : base(file, layout, Join(ranges, static r => r.Lines), Join(ranges, static r => r.Values), flawed)
    {
        FirstNode = firstNode;
        Ids = Join(ranges, static r => r.Ids);
        Labels = Join(ranges, static r => r.Labels);
    }

    /// <summary>The ordinal of the file's first node.</summary>
    public int FirstNode { get; }

    /// <summary>Per row, the node id; empty when missing (reported).</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Per row, the <c>:LABEL</c> field (labels separated by <c>;</c>), or null.</summary>
    public IReadOnlyList<string?> Labels { get; }

    internal static JoinedList<T> Join<TRange, T>(TRange[] ranges, Func<TRange, List<T>> part) => new([.. ranges.Select(part)]);
}

/// <summary>The relationships of one relationship file, their endpoints as node ordinals.</summary>
public sealed class RelationshipTable : GraphTable
{
    internal RelationshipTable(string file, GraphFileLayout layout, RelationshipFileRange[] ranges, HashSet<int> flawed)
        : base(file, layout, NodeTable.Join(ranges, static r => r.Lines), NodeTable.Join(ranges, static r => r.Values), flawed)
    {
        Starts = NodeTable.Join(ranges, static r => r.Starts);
        Ends = NodeTable.Join(ranges, static r => r.Ends);
        Types = NodeTable.Join(ranges, static r => r.Types);
    }

    /// <summary>Per row, the start node's ordinal; -1 when no node has the id (reported).</summary>
    public IReadOnlyList<int> Starts { get; }

    public IReadOnlyList<int> Ends { get; }

    /// <summary>Per row, the relationship type; empty when missing (reported).</summary>
    public IReadOnlyList<string> Types { get; }
}
