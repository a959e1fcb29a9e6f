namespace Chile1973.Graph.Cypher.Store;

/// <summary>What a column of a bulk CSV header holds.</summary>
internal enum BulkCsvRole
{
    Property,
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Ignore,
}

/// <summary>What a bulk CSV column's values are: untyped columns are strings, as neo4j-admin reads them.</summary>
internal enum BulkValueKind
{
    String,
    Integer,
    Float,
    Boolean,

    // Dates and other typed columns stay as their ISO text.
    Text,
}

/// <summary>One column of a bulk CSV header: <c>name:TYPE</c> split into its property name, role and value type.</summary>
internal sealed record BulkCsvColumn(string Header, string Name, BulkCsvRole Role, string ValueType)
{
    /// <summary>For an array column (<c>int[]</c>), a column of its element type; null otherwise.</summary>
    public BulkCsvColumn? Element { get; } =
        ValueType.EndsWith("[]", StringComparison.Ordinal) ? new BulkCsvColumn(Header, Name, Role, ValueType[..^2]) : null;

    /// <summary>How a field of the column becomes a value, decided once rather than per field.</summary>
    public BulkValueKind Kind { get; } = ValueType switch
    {
        "" or "string" => BulkValueKind.String,
        "int" or "long" or "short" or "byte" => BulkValueKind.Integer,
        "float" or "double" => BulkValueKind.Float,
        "boolean" => BulkValueKind.Boolean,
        _ => BulkValueKind.Text,
    };

    /// <summary>Reads a header line; a property column without a name is an error.</summary>
    public static List<BulkCsvColumn> ParseHeader(ReadOnlySpan<byte> header, string path)
    {
        var splitter = new CsvFieldSplitter();
        try
        {
            splitter.Split(header);
        }
        catch (BulkCsvLineException e)
        {
            throw new InvalidDataException($"{path}:1: {e.Message}", e);
        }

        var columns = new List<BulkCsvColumn>(splitter.Count);
        for (var i = 0; i < splitter.Count; i++)
        {
            var field = System.Text.Encoding.UTF8.GetString(splitter.Field(header, i));
            var colon = field.LastIndexOf(':');
            var name = colon < 0 ? field : field[..colon];
            var kind = colon < 0 ? string.Empty : field[(colon + 1)..];
            var role = kind.ToUpperInvariant() switch
            {
                "ID" => BulkCsvRole.Id,
                "LABEL" => BulkCsvRole.Label,
                "START_ID" => BulkCsvRole.StartId,
                "END_ID" => BulkCsvRole.EndId,
                "TYPE" => BulkCsvRole.Type,
                "IGNORE" => BulkCsvRole.Ignore,
                _ => BulkCsvRole.Property,
            };
            if (role == BulkCsvRole.Property && name.Length == 0)
            {
                throw new InvalidDataException($"{path}:1: {field}: a property column needs a name.");
            }

            columns.Add(new BulkCsvColumn(field, name, role, role == BulkCsvRole.Property ? kind.ToLowerInvariant() : "string"));
        }

        return columns;
    }

    /// <summary>The position of the first column with a role, or an error naming the missing column.</summary>
    public static int Required(List<BulkCsvColumn> columns, BulkCsvRole role, string path)
    {
        var at = columns.FindIndex(c => c.Role == role);
        var name = role switch
        {
            BulkCsvRole.StartId => "START_ID",
            BulkCsvRole.EndId => "END_ID",
            _ => role.ToString().ToUpperInvariant(),
        };
        return at >= 0 ? at : throw new InvalidDataException($"{path}:1: header: no ':{name}' column.");
    }
}
