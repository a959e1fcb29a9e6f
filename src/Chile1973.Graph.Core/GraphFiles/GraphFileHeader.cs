using Chile1973.Graph.Core.GraphFiles.Reading;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// What the curated graph asks of a file's header beyond what the reader needs: the provenance columns, the
/// node's label and name, text where the format expects text (<see cref="Rule"/>: a column that breaks it is
/// reported once by the reader and its cells ignored, so the rows can still be checked).
/// </summary>
internal sealed class GraphFileHeader
{
    private static readonly string[] NodeColumns = ["name", "aliases", "start", "end", "description", "source", "quote"];
    private static readonly string[] RelationshipColumns = ["id", "start", "end", "source", "quote"];

    private readonly GraphFileLayout _layout;
    private readonly bool[] _accepted;

    private GraphFileHeader(GraphFileLayout layout)
    {
        _layout = layout;
        _accepted = new bool[layout.Width];
    }

    public IReadOnlyList<CsvColumn?> Columns => _layout.Columns;

    /// <summary>False when a column the rows cannot do without is missing.</summary>
    public bool IsUsable { get; private set; }

    public int? IndexOf(ColumnRole role) => _layout.IndexOf(role) is { } i && _accepted[i] ? i : null;

    public int? IndexOf(string key) => _layout.IndexOf(key) is { } i && _accepted[i] ? i : null;

    /// <summary>True for the columns the format gives a meaning; the rest are extra properties.</summary>
    public bool IsStandard(int index) =>
        Columns[index] is { } column
        && (column.Role != ColumnRole.Property
            || (_layout.Kind == GraphFileKind.Nodes ? NodeColumns : RelationshipColumns).Contains(column.Key, StringComparer.Ordinal));

    /// <summary>True for a column whose cells count: read by the reader and accepted here.</summary>
    public bool IsAccepted(int index) => _accepted[index];

    public static GraphFileHeader Check(GraphFileLayout layout, string file, ICollection<GraphProblem> problems)
    {
        var header = new GraphFileHeader(layout);
        for (var i = 0; i < layout.Width; i++)
        {
            if (layout.Columns[i] is not { } column)
            {
                continue;
            }

            header._accepted[i] = true;
        }

        // A file without a header was reported by the reader, once.
        header.IsUsable = layout.IsUsable;
        if (layout.Width == 0)
        {
            return header;
        }

        var required = layout.Kind == GraphFileKind.Nodes
            ? new[] { (":LABEL", header.IndexOf(ColumnRole.Label)), ("name", header.IndexOf("name")) }
            : [];
        foreach (var (name, index) in required.Concat([("source", header.IndexOf("source")), ("quote", header.IndexOf("quote"))]))
        {
            if (index is null)
            {
                problems.Add(new GraphProblem(file, 1, name, "missing required column"));
                header.IsUsable = false;
            }
        }

        return header;
    }

    /// <summary>Why the curated graph refuses a header column, or null; the reader applies it before looking for duplicates.</summary>
    public static string? Rule(CsvColumn column, GraphFileKind kind)
    {
        if (column.Role == ColumnRole.Id && column.Key != "id")
        {
            return "the node id column is 'id:ID'";
        }

        if (column.Role != ColumnRole.Property)
        {
            return null;
        }

        if (column.Key == "aliases" && kind == GraphFileKind.Nodes)
        {
            return column.Type != PropertyType.String || !column.IsArray
                ? "aliases is a list of names: write the column as aliases:string[]"
                : null;
        }

        var standard = (kind == GraphFileKind.Nodes ? NodeColumns : RelationshipColumns).Contains(column.Key, StringComparer.Ordinal)
            || column.Key == "claimed_by";
        return standard && (column.Type != PropertyType.String || column.IsArray)
            ? $"{column.Key} holds text: write the column as {column.Key} or {column.Key}:string"
            : null;
    }
}
