using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chile1973.Graph.Core.Values;
using Spectre.Console;

namespace Chile1973.Graph.Importer.Querying;

/// <summary>Prints query results and errors for a terminal (a table) or a program (JSON).</summary>
internal static class QueryResultWriter
{
    private const int ErrorContext = 60;

    public static void WriteTable(CliContext context, QueryResult result)
    {
        if (result.Keys.Count > 0)
        {
            var table = new Table();
            foreach (var key in result.Keys)
            {
                table.AddColumn(Markup.Escape(key));
            }

            foreach (var record in result.Records)
            {
                table.AddRow(record.Values.Select(v => Markup.Escape(CypherValues.ToLiteral(v))).ToArray());
            }

            context.Console.Write(table);
        }

        var elapsed = result.Summary.Elapsed.TotalMilliseconds.ToString("0.##", CultureInfo.InvariantCulture);
        context.Out.WriteLine($"{result.Records.Count} row(s) in {elapsed} ms ({result.Summary.Engine}).");
    }

    /// <summary><c>{"columns":[...],"rows":[{column: value}]}</c>, values as <see cref="CypherJson"/> writes them.</summary>
    public static void WriteJson(CliContext context, QueryResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("columns");
            foreach (var key in result.Keys)
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rows");
            foreach (var record in result.Records)
            {
                writer.WriteStartObject();
                for (var i = 0; i < record.Keys.Count; i++)
                {
                    writer.WritePropertyName(record.Keys[i]);
                    CypherJson.Write(writer, record[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>The error's class, code and message, and for a compile-time error the query line with a caret under the column.</summary>
    public static void WriteError(CliContext context, string queryText, CypherException error)
    {
        context.Error.WriteLine($"error: {error.Kind} ({error.Detail}): {error.Message}");
        if (error.Position is not { } position)
        {
            return;
        }

        var lines = queryText.Split('\n');
        if (position.Line >= 1 && position.Line <= lines.Length)
        {
            // A generated query can be one line of a megabyte: show a window around the column, not the whole line.
            var line = lines[position.Line - 1].TrimEnd('\r');
            var column = Math.Clamp(position.Column - 1, 0, line.Length);
            var from = Math.Max(0, column - ErrorContext);
            var to = Math.Min(line.Length, column + ErrorContext);
            var prefix = from > 0 ? "..." : string.Empty;
            var suffix = to < line.Length ? "..." : string.Empty;
            context.Error.WriteLine("  " + prefix + line[from..to] + suffix);
            context.Error.WriteLine("  " + new string(' ', prefix.Length + column - from) + "^");
        }
    }
}
