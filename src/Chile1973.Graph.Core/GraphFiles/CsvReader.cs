using System.Text;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>
/// Reads RFC 4180 CSV one record per line, as the graph file format requires: a field may be quoted
/// (with <c>""</c> for a quote) but may not span lines, so every record and every error has one line.
/// Blank lines are skipped. Syntax errors are collected, not thrown, so a file reports them all.
/// </summary>
public static class CsvReader
{
    /// <summary>Splits <paramref name="text"/> into records; bad lines become problems and are left out.</summary>
    /// <param name="file">The file name problems are reported against.</param>
    public static IReadOnlyList<CsvRecord> Read(string text, string file, ICollection<GraphProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var records = new List<CsvRecord>();
        var rest = text.AsSpan();
        if (rest.Length > 0 && rest[0] == '\uFEFF')
        {
            rest = rest[1..];
        }

        var line = 0;
        var fields = new List<string>();
        var builder = new StringBuilder();
        while (rest.Length > 0 || line == 0)
        {
            line++;
            var end = rest.IndexOf('\n');
            var current = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (current.Length > 0 && current[^1] == '\r')
            {
                current = current[..^1];
            }

            if (current.IsWhiteSpace())
            {
                if (end < 0)
                {
                    break;
                }

                continue;
            }

            if (TrySplit(current, fields, builder, out var error))
            {
                records.Add(new CsvRecord(line, fields.ToArray()));
            }
            else
            {
                problems.Add(new GraphProblem(file, line, "record", error));
            }

            if (end < 0)
            {
                break;
            }
        }

        return records;
    }

    /// <summary>Splits one line into fields, or says why it is not valid CSV.</summary>
    public static bool TrySplit(ReadOnlySpan<char> line, List<string> fields, StringBuilder scratch, out string error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(scratch);
        fields.Clear();
        error = string.Empty;
        var position = 0;
        while (true)
        {
            var column = fields.Count + 1;
            if (position < line.Length && line[position] == '"')
            {
                scratch.Clear();
                var i = position + 1;
                var closed = false;
                while (i < line.Length)
                {
                    var next = line[i..].IndexOf('"');
                    if (next < 0)
                    {
                        break;
                    }

                    scratch.Append(line.Slice(i, next));
                    i += next + 1;
                    if (i < line.Length && line[i] == '"')
                    {
                        scratch.Append('"');
                        i++;
                        continue;
                    }

                    closed = true;
                    break;
                }

                if (!closed)
                {
                    error = $"unclosed quote in field {column} (column {position + 1}); a field may not span lines";
                    return false;
                }

                fields.Add(scratch.ToString());
                if (i == line.Length)
                {
                    return true;
                }

                if (line[i] != ',')
                {
                    error = $"unexpected '{line[i]}' after the closing quote of field {column} (column {i + 1})";
                    return false;
                }

                position = i + 1;
            }
            else
            {
                var remaining = line[position..];
                var comma = remaining.IndexOf(',');
                var field = comma < 0 ? remaining : remaining[..comma];
                var quote = field.IndexOf('"');
                if (quote >= 0)
                {
                    error = $"quote inside unquoted field {column} (column {position + quote + 1}); wrap the field in quotes and double the quote";
                    return false;
                }

                fields.Add(field.ToString());
                if (comma < 0)
                {
                    return true;
                }

                position += comma + 1;
            }
        }
    }
}
