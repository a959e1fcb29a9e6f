using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Chile1973.Graph.Cypher.Syntax.Ast;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>
/// Renders a syntax tree as indented JSON for golden files: each node's type, span and the values of its
/// primary-constructor parameters (derived properties are left out, so the files show what the parser built).
/// </summary>
public static class AstJson
{
    public static string Write(AstNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteValue(writer, node);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case AstNode node: WriteNode(writer, node); break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, AstNode node)
    {
        var type = node.GetType();
        writer.WriteStartObject();
        writer.WriteString("type", type.Name);
        writer.WriteString("span", $"{node.Span.Start}..{node.Span.End} @{node.Span.Line}:{node.Span.Column}");
        var constructor = type.GetConstructors().OrderByDescending(static c => c.GetParameters().Length).First();
        foreach (var parameter in constructor.GetParameters().Where(static p => p.Name != nameof(AstNode.Span)))
        {
            var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)!;
            writer.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!));
            WriteValue(writer, property.GetValue(node));
        }

        writer.WriteEndObject();
    }
}
