using System.Collections;
using System.Globalization;
using System.Text.Json;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Neo4j.Wire;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// Writes result values as the Query API does: typed JSON (<c>{"$type","_value"}</c>, https://neo4j.com/docs/query-api/current/typed-json/)
/// when the client accepts <c>application/vnd.neo4j.query</c>, plain JSON (https://neo4j.com/docs/query-api/current/plain-json/) otherwise;
/// and reads plain JSON parameters.
/// </summary>
internal static class WireValues
{
    /// <summary>Writes one value in typed JSON.</summary>
    public static void WriteTyped(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: Typed(writer, "Null", w => w.WriteNullValue()); break;
            case bool b: Typed(writer, "Boolean", w => w.WriteBooleanValue(b)); break;
            case long or int:
                Typed(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double d: Typed(writer, "Float", w => w.WriteStringValue(JavaFloat(d))); break;
            case string s: Typed(writer, "String", w => w.WriteStringValue(s)); break;
            case byte[] bytes: Typed(writer, "Base64", w => w.WriteStringValue(Convert.ToBase64String(bytes))); break;
            case CypherNode node: Typed(writer, "Node", w => WriteNode(w, node, typed: true)); break;
            case CypherRelationship relationship: Typed(writer, "Relationship", w => WriteRelationship(w, relationship, typed: true)); break;
            case CypherPath path: Typed(writer, "Path", w => WritePath(w, path, typed: true)); break;
            case IReadOnlyDictionary<string, object?> map: Typed(writer, "Map", w => WriteProperties(w, map, typed: true)); break;
            case IEnumerable list:
                Typed(writer, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in list)
                    {
                        WriteTyped(w, item);
                    }

                    w.WriteEndArray();
                });
                break;
            default:
                if (!TemporalConversion.TryToWire(value, out var type, out var iso))
                {
                    throw new ArgumentException($"The engine returned a {value.GetType().Name}, which has no Query API type.", nameof(value));
                }

                Typed(writer, type, w => w.WriteStringValue(iso));
                break;
        }
    }

    /// <summary>Writes one value in plain JSON: temporals as ISO text, entities as objects, paths as arrays.</summary>
    public static void WritePlain(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long or int: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(JavaFloat(d)); break;
            case string s: writer.WriteStringValue(s); break;
            case byte[] bytes: writer.WriteStringValue(Convert.ToBase64String(bytes)); break;
            case CypherNode node: WriteNode(writer, node, typed: false); break;
            case CypherRelationship relationship: WriteRelationship(writer, relationship, typed: false); break;
            case CypherPath path: WritePath(writer, path, typed: false); break;
            case IReadOnlyDictionary<string, object?> map: WriteProperties(writer, map, typed: false); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WritePlain(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(TemporalConversion.TryToWire(value, out _, out var iso) ? iso : Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Reads a plain JSON parameter: integral numbers are INTEGER, others FLOAT.</summary>
    public static object? ReadPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ReadPlain).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => ReadPlain(p.Value), StringComparer.Ordinal),
    };

    /// <summary>
    /// A float as Java's <c>Double.toString</c> writes it, which is what the server sends: decimal with
    /// at least one fraction digit for magnitudes in [10^-3, 10^7), else scientific (<c>3.2E9</c>).
    /// </summary>
    public static string JavaFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(value);
        if (magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e7))
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.Contains('E', StringComparison.Ordinal))
            {
                text = value.ToString("0.0###################", CultureInfo.InvariantCulture);
            }

            return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
        }

        // The fewest significant digits that read back as the same double, in d.dddEn form.
        var digits = string.Empty;
        for (var precision = 0; precision <= 16; precision++)
        {
            digits = value.ToString("E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(digits, CultureInfo.InvariantCulture).Equals(value))
            {
                break;
            }
        }

        var parts = digits.Split('E');
        var head = parts[0].Contains('.', StringComparison.Ordinal) ? parts[0].TrimEnd('0') : parts[0];
        head = head.EndsWith('.') ? head + "0" : head.Contains('.', StringComparison.Ordinal) ? head : head + ".0";
        return head + "E" + int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteNode(Utf8JsonWriter writer, CypherNode node, bool typed)
    {
        writer.WriteStartObject();
        writer.WriteString(typed ? "_element_id" : "elementId", node.ElementId);
        writer.WriteStartArray(typed ? "_labels" : "labels");
        foreach (var label in node.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(typed ? "_properties" : "properties");
        WriteProperties(writer, node.Properties, typed);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, CypherRelationship relationship, bool typed)
    {
        writer.WriteStartObject();
        writer.WriteString(typed ? "_element_id" : "elementId", relationship.ElementId);
        writer.WriteString(typed ? "_start_node_element_id" : "startNodeElementId", relationship.StartElementId);
        writer.WriteString(typed ? "_end_node_element_id" : "endNodeElementId", relationship.EndElementId);
        writer.WriteString(typed ? "_type" : "type", relationship.Type);
        writer.WritePropertyName(typed ? "_properties" : "properties");
        WriteProperties(writer, relationship.Properties, typed);
        writer.WriteEndObject();
    }

    // A path is an array alternating node, relationship, node, ...; direction lives only in the
    // relationships' start and end ids (https://neo4j.com/docs/query-api/current/plain-json/, .../typed-json/).
    private static void WritePath(Utf8JsonWriter writer, CypherPath path, bool typed)
    {
        writer.WriteStartArray();
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            Write(writer, path.Nodes[i], typed);
            if (i < path.Relationships.Count)
            {
                Write(writer, path.Relationships[i], typed);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map, bool typed)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, typed);
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, object? value, bool typed)
    {
        if (typed)
        {
            WriteTyped(writer, value);
        }
        else
        {
            WritePlain(writer, value);
        }
    }

    private static void Typed(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }
}
