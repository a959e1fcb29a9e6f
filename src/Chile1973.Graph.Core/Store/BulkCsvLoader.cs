using System.Globalization;

namespace Chile1973.Graph.Core.Store;

/// <summary>
/// Loads <c>nodes.csv</c> and <c>relationships.csv</c> in the <c>neo4j-admin database import</c> header
/// format (<c>id:ID,name,:LABEL,start</c> and <c>:START_ID,:END_ID,:TYPE,since</c>; typed columns such as
/// <c>votes:int</c>; untyped columns are strings, as neo4j-admin reads them). Provenance is not required.
/// All or nothing: the first bad line throws with its file, line and field, and no store is returned.
/// </summary>
public static class BulkCsvLoader
{
    /// <summary>Loads <c>nodes.csv</c> and <c>relationships.csv</c> from a directory.</summary>
    public static GraphStore Load(string directory, CancellationToken cancellationToken = default)
    {
        var store = new GraphStore();
        var nodesPath = Path.Combine(directory, "nodes.csv");
        var relsPath = Path.Combine(directory, "relationships.csv");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new List<string>();

        using (var reader = new StreamReader(nodesPath, System.Text.Encoding.UTF8, true, 1 << 20))
        {
            var columns = ReadHeader(reader, nodesPath);
            var idColumn = columns.FindIndex(c => c.Role == ColumnRole.Id);
            if (idColumn < 0)
            {
                throw new InvalidDataException($"{nodesPath}:1: header: no ':ID' column.");
            }

            var keys = store.Shared([.. columns.Where(c => c.Role is ColumnRole.Property or ColumnRole.Id && c.Name.Length > 0)
                .Select(c => store.PropertyKeys.GetOrAdd(c.Name))]);
            var labelSets = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                if ((lineNumber & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Split(line, fields, nodesPath, lineNumber);
                CheckWidth(fields, columns, nodesPath, lineNumber);
                var values = new object?[keys.Length];
                var labels = NoLabels;
                var k = 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    switch (column.Role)
                    {
                        case ColumnRole.Label:
                            if (!labelSets.TryGetValue(fields[c], out labels!))
                            {
                                var tokens = fields[c].Split(';', StringSplitOptions.RemoveEmptyEntries)
                                    .Select(store.Labels.GetOrAdd).Distinct().Order().ToArray();
                                labels = store.Shared(tokens);
                                labelSets[fields[c]] = labels;
                            }

                            break;
                        case ColumnRole.Id or ColumnRole.Property when column.Name.Length > 0:
                            values[k++] = Convert(fields[c], column, interned, nodesPath, lineNumber);
                            break;
                        default:
                            break;
                    }
                }

                var node = store.AppendNode(labels, keys, values);
                if (!ids.TryAdd(fields[idColumn], node))
                {
                    throw new InvalidDataException($"{nodesPath}:{lineNumber}: {columns[idColumn].Header}: duplicate id '{fields[idColumn]}'.");
                }
            }
        }

        using (var reader = new StreamReader(relsPath, System.Text.Encoding.UTF8, true, 1 << 20))
        {
            var columns = ReadHeader(reader, relsPath);
            var start = Required(columns, ColumnRole.StartId, relsPath);
            var end = Required(columns, ColumnRole.EndId, relsPath);
            var type = Required(columns, ColumnRole.Type, relsPath);
            var keys = store.Shared([.. columns.Where(c => c.Role == ColumnRole.Property)
                .Select(c => store.PropertyKeys.GetOrAdd(c.Name))]);
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                if ((lineNumber & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Split(line, fields, relsPath, lineNumber);
                CheckWidth(fields, columns, relsPath, lineNumber);
                if (!ids.TryGetValue(fields[start], out var from))
                {
                    throw new InvalidDataException($"{relsPath}:{lineNumber}: :START_ID: unknown node '{fields[start]}'.");
                }

                if (!ids.TryGetValue(fields[end], out var to))
                {
                    throw new InvalidDataException($"{relsPath}:{lineNumber}: :END_ID: unknown node '{fields[end]}'.");
                }

                if (fields[type].Length == 0)
                {
                    throw new InvalidDataException($"{relsPath}:{lineNumber}: :TYPE: empty relationship type.");
                }

                var values = keys.Length == 0 ? [] : new object?[keys.Length];
                var k = 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    if (columns[c].Role == ColumnRole.Property)
                    {
                        values[k++] = Convert(fields[c], columns[c], interned, relsPath, lineNumber);
                    }
                }

                store.AppendRelationship(from, to, store.RelationshipTypes.GetOrAdd(fields[type]), keys, values);
            }
        }

        store.FinishBulk();
        return store;
    }

    private static readonly int[] NoLabels = [];

    private enum ColumnRole
    {
        Property,
        Id,
        Label,
        StartId,
        EndId,
        Type,
        Ignore,
    }

    private sealed record Column(string Header, string Name, ColumnRole Role, string ValueType);

    private static List<Column> ReadHeader(StreamReader reader, string path)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}:1: header: the file is empty.");
        var fields = new List<string>();
        Split(header, fields, path, 1);
        var columns = new List<Column>();
        foreach (var field in fields)
        {
            var colon = field.LastIndexOf(':');
            var name = colon < 0 ? field : field[..colon];
            var kind = colon < 0 ? string.Empty : field[(colon + 1)..];
            var role = kind.ToUpperInvariant() switch
            {
                "ID" => ColumnRole.Id,
                "LABEL" => ColumnRole.Label,
                "START_ID" => ColumnRole.StartId,
                "END_ID" => ColumnRole.EndId,
                "TYPE" => ColumnRole.Type,
                "IGNORE" => ColumnRole.Ignore,
                _ => ColumnRole.Property,
            };
            if (role == ColumnRole.Property && name.Length == 0)
            {
                throw new InvalidDataException($"{path}:1: {field}: a property column needs a name.");
            }

            columns.Add(new Column(field, name, role, role == ColumnRole.Property ? kind.ToLowerInvariant() : "string"));
        }

        return columns;
    }

    private static int Required(List<Column> columns, ColumnRole role, string path)
    {
        var at = columns.FindIndex(c => c.Role == role);
        return at >= 0 ? at : throw new InvalidDataException($"{path}:1: header: no ':{role.ToString().ToUpperInvariant()}' column.");
    }

    private static void CheckWidth(List<string> fields, List<Column> columns, string path, int line)
    {
        if (fields.Count != columns.Count)
        {
            throw new InvalidDataException($"{path}:{line}: expected {columns.Count} fields, found {fields.Count}.");
        }
    }

    private static object? Convert(string text, Column column, Dictionary<string, string> interned, string path, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var type = column.ValueType;
        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = column with { ValueType = type[..^2] };
            return text.Split(';').Select(t => Convert(t, element, interned, path, line)).ToList().AsReadOnly();
        }

        switch (type)
        {
            case "" or "string":
                if (text.Length > 8)
                {
                    return text;
                }

                if (!interned.TryGetValue(text, out var shared))
                {
                    shared = text;
                    interned[text] = shared;
                }

                return shared;
            case "int" or "long" or "short" or "byte":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
                    ? l
                    : throw new InvalidDataException($"{path}:{line}: {column.Header}: '{text}' is not an integer.");
            case "float" or "double":
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? d
                    : throw new InvalidDataException($"{path}:{line}: {column.Header}: '{text}' is not a number.");
            case "boolean":
                return text.Equals("true", StringComparison.OrdinalIgnoreCase)
                    || (text.Equals("false", StringComparison.OrdinalIgnoreCase)
                        ? false
                        : throw new InvalidDataException($"{path}:{line}: {column.Header}: '{text}' is not a boolean."));
            default:
                // Dates and other typed columns stay as their ISO text.
                return text;
        }
    }

    private static void Split(string line, List<string> fields, string path, int lineNumber)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new InvalidDataException($"{path}:{lineNumber}: field {fields.Count + 1}: unterminated quote.");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    sb.Append(line[i++]);
                }

                fields.Add(sb.ToString());
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end;
            }

            if (i >= line.Length)
            {
                return;
            }

            if (line[i] != ',')
            {
                throw new InvalidDataException($"{path}:{lineNumber}: field {fields.Count}: text after a closing quote.");
            }

            i++;
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return;
            }
        }
    }
}
