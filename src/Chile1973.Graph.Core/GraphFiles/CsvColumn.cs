using Chile1973.Graph.Core.GraphFiles.Reading;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>One parsed header column: <c>key:type</c>, <c>key:type[]</c> or a role such as <c>:START_ID</c>.</summary>
/// <param name="Header">The header text as written, used to name the field in problems.</param>
/// <param name="Key">The property key (empty for <c>:LABEL</c>, <c>:START_ID</c>, ...; <c>id</c> for <c>id:ID</c>).</param>
public sealed record CsvColumn(string Header, string Key, ColumnRole Role, PropertyType Type, bool IsArray)
{
    /// <summary>Separator of array elements in a cell, as in <c>neo4j-admin</c>.</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>Parses a header cell, or says what is wrong with it.</summary>
    public static bool TryParse(string header, out CsvColumn column, out string error)
    {
        ArgumentNullException.ThrowIfNull(header);
        column = new CsvColumn(header, header, ColumnRole.Property, PropertyType.String, false);
        error = string.Empty;
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        var key = colon < 0 ? header : header[..colon];
        var type = colon < 0 ? string.Empty : header[(colon + 1)..];
        if (header.Length == 0)
        {
            error = "empty column name";
            return false;
        }

        switch (type)
        {
            case "ID":
                column = column with { Key = key.Length == 0 ? "id" : key, Role = ColumnRole.Id };
                return true;
            case "LABEL" when key.Length == 0:
                column = column with { Key = string.Empty, Role = ColumnRole.Label };
                return true;
            case "START_ID" when key.Length == 0:
                column = column with { Key = string.Empty, Role = ColumnRole.StartId };
                return true;
            case "END_ID" when key.Length == 0:
                column = column with { Key = string.Empty, Role = ColumnRole.EndId };
                return true;
            case "TYPE" when key.Length == 0:
                column = column with { Key = string.Empty, Role = ColumnRole.Type };
                return true;
        }

        if (key.Length == 0 || !IsKey(key))
        {
            error = $"'{header}' is not a column name: expected key or key:type with a key of letters, digits and _";
            return false;
        }

        var isArray = type.EndsWith("[]", StringComparison.Ordinal);
        var scalar = isArray ? type[..^2] : type;
        PropertyType? valueType = scalar switch
        {
            "" when !isArray && colon < 0 => PropertyType.String,
            "string" => PropertyType.String,
            "int" or "long" => PropertyType.Integer,
            "float" or "double" => PropertyType.Float,
            "boolean" => PropertyType.Boolean,
            _ => null,
        };
        if (valueType is null)
        {
            error = $"unknown column type '{type}': expected int, long, float, double, boolean or string, optionally followed by []";
            return false;
        }

        column = column with { Key = key, Type = valueType.Value, IsArray = isArray };
        return true;
    }

    /// <summary>Converts a non-empty cell to this column's type as the graph reader does, or says why it cannot.</summary>
    /// <returns>A <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, or a read-only list of one.</returns>
    public bool TryConvert(string cell, out object? value, out string error)
    {
        ArgumentNullException.ThrowIfNull(cell);
        error = string.Empty;
        try
        {
            value = new CellConverter().Convert(System.Text.Encoding.UTF8.GetBytes(cell), this, out _);
            return true;
        }
        catch (CsvLineException e)
        {
            value = null;
            error = e.Message;
            return false;
        }
    }

    private static bool IsKey(string key)
    {
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !char.IsAsciiDigit(key[0]);
    }
}
