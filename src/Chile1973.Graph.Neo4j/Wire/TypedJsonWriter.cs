using System.Collections;
using System.Globalization;
using System.Text.Json;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Neo4j.Wire;

/// <summary>
/// Writes parameter values in the Query API's typed JSON (<c>{"$type": "Integer", "_value": "42"}</c>),
/// so an INTEGER stays an INTEGER and a FLOAT a FLOAT on the server, whatever JSON would make of them.
/// </summary>
internal static class TypedJsonWriter
{
    /// <summary>Writes one value; throws <see cref="ArgumentException"/> for a value Neo4j cannot take as a parameter.</summary>
    public static void Write(Utf8JsonWriter writer, object? value, string path)
    {
        switch (value)
        {
            case null: Typed(writer, "Null", w => w.WriteNullValue()); break;
            case bool b: Typed(writer, "Boolean", w => w.WriteBooleanValue(b)); break;
            case long or int or short or sbyte or byte or ushort or uint:
                Typed(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case ulong u:
                Typed(writer, "Integer", w => w.WriteStringValue(checked((long)u).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float or decimal:
                Typed(writer, "Float", w => w.WriteStringValue(FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case string s: Typed(writer, "String", w => w.WriteStringValue(s)); break;
            case char c: Typed(writer, "String", w => w.WriteStringValue(c.ToString())); break;
            case byte[] bytes: Typed(writer, "Base64", w => w.WriteStringValue(Convert.ToBase64String(bytes))); break;
            case CypherNode or CypherRelationship or CypherPath:
                throw new ArgumentException($"Parameter {path} is a {CypherValues.TypeName(value)}; Neo4j takes only values, not graph entities, as parameters.");
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map, path); break;
            case IDictionary dictionary:
                WriteMap(writer, dictionary.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => dictionary[k]), path);
                break;
            case IEnumerable list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                var index = 0;
                foreach (var item in list)
                {
                    Write(writer, item, $"{path}[{index++}]");
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                if (TemporalConversion.TryToWire(value, out var type, out var iso))
                {
                    Typed(writer, type, w => w.WriteStringValue(iso));
                    break;
                }

                throw new ArgumentException($"Parameter {path} is a {value.GetType().Name}, which has no Cypher type.");
        }
    }

    /// <summary>A float as Java's <c>Double.parseDouble</c> reads it back exactly.</summary>
    public static string FormatFloat(double value) => double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "Map");
        writer.WriteStartObject("_value");
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, $"{path}.{key}");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
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
