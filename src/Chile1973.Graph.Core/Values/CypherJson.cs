using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Chile1973.Graph.Core.Values;

/// <summary>
/// The one writer of Cypher values as the app's JSON (the CLI's query results and export, the
/// explorer's details panel): scalars as themselves (floats always with a decimal point), lists
/// and maps as arrays and objects, nodes as <c>{"elementId","labels","properties"}</c>,
/// relationships as <c>{"elementId","type","start","end","properties"}</c>, paths as
/// <c>{"nodes","relationships"}</c>, byte arrays as base64 text, and temporal values as their ISO text.
/// </summary>
public static class CypherJson
{
    /// <summary>Writes one value.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                WriteFloat(writer, number);
                break;
            case double number:
                // JSON has no NaN or infinity; Cypher prints them as NaN, Infinity, -Infinity.
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case byte[] bytes:
                // Base64, as Neo4j's plain JSON shows a byte array, not a list of numbers.
                writer.WriteBase64StringValue(bytes);
                break;
            case CypherNode node:
                writer.WriteStartObject();
                writer.WriteString("elementId", node.ElementId);
                writer.WriteStartArray("labels");
                foreach (var label in node.Labels)
                {
                    writer.WriteStringValue(label);
                }

                writer.WriteEndArray();
                WriteMap(writer, "properties", node.Properties);
                writer.WriteEndObject();
                break;
            case CypherRelationship relationship:
                writer.WriteStartObject();
                writer.WriteString("elementId", relationship.ElementId);
                writer.WriteString("type", relationship.Type);
                writer.WriteString("start", relationship.StartElementId);
                writer.WriteString("end", relationship.EndElementId);
                WriteMap(writer, "properties", relationship.Properties);
                writer.WriteEndObject();
                break;
            case CypherPath path:
                writer.WriteStartObject();
                writer.WritePropertyName("nodes");
                Write(writer, path.Nodes);
                writer.WritePropertyName("relationships");
                Write(writer, path.Relationships);
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                WriteEntries(writer, map);
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>One value as a JSON element, for a payload that a serializer writes (a hub message).</summary>
    public static JsonElement ToElement(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Writes a float so that it reads back as one: <c>2.0</c>, never <c>2</c>.</summary>
    public static void WriteFloat(Utf8JsonWriter writer, double number)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var digits = number.ToString("R", CultureInfo.InvariantCulture);
        if (digits.Contains('.', StringComparison.Ordinal) || digits.Contains('E', StringComparison.Ordinal))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            // A decimal keeps its scale, so 2.0m is written "2.0".
            writer.WriteNumberValue(decimal.Parse(digits + ".0", CultureInfo.InvariantCulture));
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject(name);
        WriteEntries(writer, map);
        writer.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
    }
}
