namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// The header line of a graph file, checked against what its kind of file needs. Columns with a
/// bad header are reported once and their cells ignored, so the rows can still be checked.
/// </summary>
internal sealed class GraphFileHeader
{
    private static readonly string[] NodeColumns = ["name", "aliases", "start", "end", "description", "source", "quote"];
    private static readonly string[] RelationshipColumns = ["id", "start", "end", "source", "quote"];

    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<ColumnRole, int> _byRole = [];

    private GraphFileHeader(IReadOnlyList<CsvColumn?> columns) => Columns = columns;

    /// <summary>The columns in order; null where the header cell was bad.</summary>
    public IReadOnlyList<CsvColumn?> Columns { get; }

    /// <summary>False when a column the rows cannot do without is missing.</summary>
    public bool IsUsable { get; private set; }

    public int? IndexOf(ColumnRole role) => _byRole.TryGetValue(role, out var i) ? i : null;

    public int? IndexOf(string key) => _byKey.TryGetValue(key, out var i) ? i : null;

    /// <summary>True for the columns the format gives a meaning; the rest are extra properties.</summary>
    public bool IsStandard(int index, GraphFileKind kind) =>
        Columns[index] is { } column
        && (column.Role != ColumnRole.Property
            || (kind == GraphFileKind.Nodes ? NodeColumns : RelationshipColumns).Contains(column.Key, StringComparer.Ordinal));

    public static GraphFileHeader Parse(CsvRecord record, string file, GraphFileKind kind, ICollection<GraphProblem> problems)
    {
        var columns = new CsvColumn?[record.Fields.Count];
        var header = new GraphFileHeader(columns);
        for (var i = 0; i < columns.Length; i++)
        {
            var text = record.Fields[i];
            if (!CsvColumn.TryParse(text, out var column, out var error))
            {
                problems.Add(new GraphProblem(file, record.Line, text.Length == 0 ? $"column {i + 1}" : text, error));
                continue;
            }

            if (!header.Accepts(column, kind, out error))
            {
                problems.Add(new GraphProblem(file, record.Line, text, error));
                continue;
            }

            var duplicate = column.Role == ColumnRole.Property || column.Role == ColumnRole.Id
                ? !header._byKey.TryAdd(column.Key, i)
                : !header._byRole.TryAdd(column.Role, i);
            if (column.Role == ColumnRole.Id && !duplicate)
            {
                header._byRole[ColumnRole.Id] = i;
            }

            if (duplicate)
            {
                problems.Add(new GraphProblem(file, record.Line, text, "duplicate column"));
                continue;
            }

            columns[i] = column;
        }

        header.IsUsable = true;
        var required = kind == GraphFileKind.Nodes
            ? new[] { ("id:ID", header.IndexOf(ColumnRole.Id)), (":LABEL", header.IndexOf(ColumnRole.Label)), ("name", header.IndexOf("name")) }
            : [(":START_ID", header.IndexOf(ColumnRole.StartId)), (":END_ID", header.IndexOf(ColumnRole.EndId)), (":TYPE", header.IndexOf(ColumnRole.Type))];
        foreach (var (name, index) in required.Concat([("source", header.IndexOf("source")), ("quote", header.IndexOf("quote"))]))
        {
            if (index is null)
            {
                problems.Add(new GraphProblem(file, record.Line, name, "missing required column"));
                header.IsUsable = false;
            }
        }

        return header;
    }

    private bool Accepts(CsvColumn column, GraphFileKind kind, out string error)
    {
        error = string.Empty;
        var nodeRoles = column.Role is ColumnRole.Id or ColumnRole.Label;
        var relationshipRoles = column.Role is ColumnRole.StartId or ColumnRole.EndId or ColumnRole.Type;
        if (kind == GraphFileKind.Nodes && relationshipRoles)
        {
            error = "a node file has no relationship columns (:START_ID, :END_ID, :TYPE)";
            return false;
        }

        if (kind == GraphFileKind.Relationships && nodeRoles)
        {
            error = "a relationship file has no :ID or :LABEL column; name the relationship id column 'id'";
            return false;
        }

        if (column.Role == ColumnRole.Id && column.Key != "id")
        {
            error = "the node id column is 'id:ID'";
            return false;
        }

        if (column.Role != ColumnRole.Property)
        {
            return true;
        }

        if (column.Key == "aliases" && kind == GraphFileKind.Nodes)
        {
            if (column.Type != PropertyType.String || !column.IsArray)
            {
                error = "aliases is a list of names: write the column as aliases:string[]";
                return false;
            }

            return true;
        }

        var standard = (kind == GraphFileKind.Nodes ? NodeColumns : RelationshipColumns).Contains(column.Key, StringComparer.Ordinal)
            || column.Key == "claimed_by";
        if (standard && (column.Type != PropertyType.String || column.IsArray))
        {
            error = $"{column.Key} holds text: write the column as {column.Key} or {column.Key}:string";
            return false;
        }

        return true;
    }
}
