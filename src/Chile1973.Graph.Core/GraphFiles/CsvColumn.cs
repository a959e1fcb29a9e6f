using System.Globalization;

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

    /// <summary>Converts a non-empty cell to this column's type, or says why it cannot.</summary>
    /// <returns>A <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, or an array of one.</returns>
    public bool TryConvert(string cell, out object? value, out string error)
    {
        ArgumentNullException.ThrowIfNull(cell);
        error = string.Empty;
        if (!IsArray)
        {
            return TryConvertScalar(cell, out value, out error);
        }

        var parts = cell.Split(ArrayDelimiter);
        Array result = Type switch
        {
            PropertyType.Integer => new long[parts.Length],
            PropertyType.Float => new double[parts.Length],
            PropertyType.Boolean => new bool[parts.Length],
            _ => new string[parts.Length],
        };
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                value = null;
                error = $"element {i + 1} of '{cell}' is empty";
                return false;
            }

            if (!TryConvertScalar(parts[i], out var element, out error))
            {
                value = null;
                error = $"element {i + 1}: {error}";
                return false;
            }

            result.SetValue(element, i);
        }

        value = result;
        return true;
    }

    private bool TryConvertScalar(string cell, out object? value, out string error)
    {
        error = string.Empty;
        value = null;
        switch (Type)
        {
            case PropertyType.Integer:
                if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    value = integer;
                    return true;
                }

                error = $"'{cell}' is not an integer";
                return false;
            case PropertyType.Float:
                if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    value = number;
                    return true;
                }

                error = $"'{cell}' is not a number (use . for decimals)";
                return false;
            case PropertyType.Boolean:
                if (bool.TryParse(cell, out var flag))
                {
                    value = flag;
                    return true;
                }

                error = $"'{cell}' is not a boolean: expected true or false";
                return false;
            default:
                value = cell;
                return true;
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
