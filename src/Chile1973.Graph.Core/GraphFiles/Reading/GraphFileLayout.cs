namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// The header of a graph file as the reader understands it: what each column holds and where its values go.
/// A header cell that cannot be read is reported once and its column ignored, so the rows can still be read.
/// </summary>
public sealed class GraphFileLayout
{
    private readonly int[] _slots;

    private GraphFileLayout(GraphFileKind kind, CsvColumn?[] columns)
    {
        Kind = kind;
        Columns = columns;
        _slots = new int[columns.Length];
        var properties = new List<int>();
        for (var i = 0; i < columns.Length; i++)
        {
            _slots[i] = -1;
            if (columns[i] is { Role: ColumnRole.Property or ColumnRole.Id })
            {
                _slots[i] = properties.Count;
                properties.Add(i);
            }
        }

        PropertyColumns = properties;
    }

    public GraphFileKind Kind { get; }

    /// <summary>The columns in order; null where the header cell was bad.</summary>
    public IReadOnlyList<CsvColumn?> Columns { get; }

    /// <summary>How many fields every line has.</summary>
    public int Width => Columns.Count;

    /// <summary>The columns whose values are properties (<c>id:ID</c> included), in the order of a row's values.</summary>
    public IReadOnlyList<int> PropertyColumns { get; }

    /// <summary>False when a column the rows cannot be read without is missing; such a file gives no rows.</summary>
    public bool IsUsable { get; private set; }

    /// <summary>Where column <paramref name="column"/>'s value sits in a row's values; -1 when it is not a property.</summary>
    public int ValueSlot(int column) => _slots[column];

    /// <summary>The first column with <paramref name="role"/>, or null.</summary>
    public int? IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i]?.Role == role)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The property column with <paramref name="key"/>, or null.</summary>
    public int? IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] is { Role: ColumnRole.Property or ColumnRole.Id } column && string.Equals(column.Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a header line's fields, reporting each bad cell against line 1 of <paramref name="file"/>;
    /// <paramref name="rule"/>, when given, may refuse a column (saying why) before duplicates are looked for.
    /// </summary>
    public static GraphFileLayout Parse(
        IReadOnlyList<string> fields, string file, GraphFileKind kind, ICollection<GraphProblem> problems, Func<CsvColumn, GraphFileKind, string?>? rule = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(problems);
        var columns = new CsvColumn?[fields.Count];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var roles = new HashSet<ColumnRole>();
        for (var i = 0; i < columns.Length; i++)
        {
            var text = fields[i];
            if (!CsvColumn.TryParse(text, out var column, out var error))
            {
                problems.Add(new GraphProblem(file, 1, text.Length == 0 ? $"column {i + 1}" : text, error));
                continue;
            }

            if ((Misplaced(column, kind) ?? rule?.Invoke(column, kind)) is { } refused)
            {
                problems.Add(new GraphProblem(file, 1, text, refused));
                continue;
            }

            var duplicate = column.Role is ColumnRole.Property or ColumnRole.Id
                ? !keys.Add(column.Key) || (column.Role == ColumnRole.Id && !roles.Add(ColumnRole.Id))
                : !roles.Add(column.Role);
            if (duplicate)
            {
                problems.Add(new GraphProblem(file, 1, text, "duplicate column"));
                continue;
            }

            columns[i] = column;
        }

        var layout = new GraphFileLayout(kind, columns) { IsUsable = true };
        var required = kind == GraphFileKind.Nodes
            ? new[] { ("id:ID", ColumnRole.Id) }
            : [(":START_ID", ColumnRole.StartId), (":END_ID", ColumnRole.EndId), (":TYPE", ColumnRole.Type)];
        foreach (var (name, role) in required)
        {
            if (layout.IndexOf(role) is null)
            {
                problems.Add(new GraphProblem(file, 1, name, "missing required column"));
                layout.IsUsable = false;
            }
        }

        return layout;
    }

    private static string? Misplaced(CsvColumn column, GraphFileKind kind)
    {
        if (kind == GraphFileKind.Nodes && column.Role is ColumnRole.StartId or ColumnRole.EndId or ColumnRole.Type)
        {
            return "a node file has no relationship columns (:START_ID, :END_ID, :TYPE)";
        }

        if (kind == GraphFileKind.Relationships && column.Role is ColumnRole.Id or ColumnRole.Label)
        {
            return "a relationship file has no :ID or :LABEL column; name the relationship id column 'id'";
        }

        return null;
    }
}
