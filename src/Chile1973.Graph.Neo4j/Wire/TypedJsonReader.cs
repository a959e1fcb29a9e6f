using System.Globalization;
using System.Text.Json;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Neo4j.Wire;

/// <summary>
/// Turns Query API values into the port's CLR values (see <see cref="CypherValues"/>). Typed JSON
/// (<c>{"$type": ..., "_value": ...}</c>) is read exactly; plain JSON, which a server may answer
/// when it ignores the typed media type, is read by shape as well as it can be.
/// </summary>
internal static class TypedJsonReader
{
    /// <summary>Reads one value.</summary>
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("$type", out var type) && type.ValueKind == JsonValueKind.String
            => ReadTyped(type.GetString()!, element.TryGetProperty("_value", out var value) ? value : default),
        _ => ReadPlain(element),
    };

    private static object? ReadTyped(string type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.GetBoolean(),
        "Integer" => ReadInteger(value),
        "Float" => ReadFloat(value),
        "String" => value.GetString(),
        "Base64" => Convert.FromBase64String(value.GetString() ?? string.Empty),
        "List" => ReadList(value),
        "Map" => ReadMap(value),
        "Node" => ReadNode(value),
        "Relationship" => ReadRelationship(value),
        "Path" => ReadPath(value),
        "Date" or "Time" or "LocalTime" or "ZonedDateTime" or "OffsetDateTime" or "LocalDateTime" or "Duration"
            => TemporalConversion.FromWire(type, value.GetString() ?? throw Malformed(type, value)),
        "Point" => ReadPoint(value),
        "Vector" => ReadVector(value),
        "UUID" => value.GetString(),
        // v1.1 marks one value the server cannot encode (a UUID before v1.2) and keeps the rest of the result.
        "Unsupported" => new CypherUnsupported(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()),
        _ => throw new FormatException($"Neo4j returned a value of unknown type '{type}'."),
    };

    private static long ReadInteger(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? value.GetInt64()
        : long.Parse(value.GetString() ?? throw Malformed("Integer", value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Reads a float as the Query API writes it: decimal or scientific text, or NaN/Infinity by name.</summary>
    public static double ReadFloat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        var text = value.GetString() ?? throw Malformed("Float", value);
        return text switch
        {
            // The docs spell it "Nan"; Java's Double.toString writes "NaN". Accept both.
            _ when text.Equals("NaN", StringComparison.OrdinalIgnoreCase) => double.NaN,
            "Infinity" or "+Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static List<object?> ReadList(JsonElement value)
    {
        var list = new List<object?>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (value.ValueKind != JsonValueKind.Object)
        {
            return map;
        }

        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static CypherNode ReadNode(JsonElement value)
    {
        var labels = new List<string>();
        if (TryGet(value, "_labels", "labels", out var labelArray))
        {
            foreach (var label in labelArray.EnumerateArray())
            {
                labels.Add(label.GetString() ?? string.Empty);
            }
        }

        return new CypherNode(RequiredString(value, "_element_id", "elementId"), labels, Properties(value));
    }

    private static CypherRelationship ReadRelationship(JsonElement value) => new(
        RequiredString(value, "_element_id", "elementId"),
        RequiredString(value, "_type", "type"),
        RequiredString(value, "_start_node_element_id", "startNodeElementId"),
        RequiredString(value, "_end_node_element_id", "endNodeElementId"),
        Properties(value));

    // A path is an array alternating node, relationship, node, ... (https://neo4j.com/docs/query-api/current/typed-json/). The direction of
    // each relationship is only in its start and end ids, which CypherPath keeps as they are.
    private static CypherPath ReadPath(JsonElement value)
    {
        var nodes = new List<CypherNode>();
        var relationships = new List<CypherRelationship>();
        foreach (var item in value.EnumerateArray())
        {
            switch (Read(item))
            {
                case CypherNode node: nodes.Add(node); break;
                case CypherRelationship relationship: relationships.Add(relationship); break;
                default: throw new FormatException("A path holds only nodes and relationships.");
            }
        }

        return new CypherPath(nodes, relationships);
    }

    // Current docs give WKT ("SRID=7203;POINT (1.2 3.4)"); older pages gave a GeoJSON-like object.
    // The port has no point type, so a point crosses as a map of its SRID and coordinates.
    private static Dictionary<string, object?> ReadPoint(JsonElement value)
    {
        long srid;
        double[] coordinates;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var semicolon = text.IndexOf(';', StringComparison.Ordinal);
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var close = text.LastIndexOf(')');
            if (semicolon < 0 || open < 0 || close < open || !text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"Neo4j returned a point this client cannot read: '{text}'.");
            }

            srid = long.Parse(text.AsSpan(5, semicolon - 5), NumberStyles.Integer, CultureInfo.InvariantCulture);
            coordinates = [.. text[(open + 1)..close]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture))];
        }
        else
        {
            srid = value.GetProperty("crs").GetProperty("srid").GetInt64();
            coordinates = [.. value.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble())];
        }

        var point = new Dictionary<string, object?>(StringComparer.Ordinal) { ["srid"] = srid, ["x"] = coordinates[0], ["y"] = coordinates[1] };
        if (coordinates.Length > 2)
        {
            point["z"] = coordinates[2];
        }

        return point;
    }

    private static List<object?> ReadVector(JsonElement value)
    {
        var integral = value.TryGetProperty("coordinatesType", out var kind) && kind.GetString() is { } k
            && k.StartsWith("INT", StringComparison.OrdinalIgnoreCase);
        var list = new List<object?>();
        foreach (var coordinate in value.GetProperty("coordinates").EnumerateArray())
        {
            list.Add(integral ? ReadInteger(coordinate) : ReadFloat(coordinate));
        }

        return list;
    }

    private static object? ReadPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.Number: return element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble();
            case JsonValueKind.Array:
                if (element.GetArrayLength() > 0 && element.EnumerateArray().All(IsPlainEntity))
                {
                    return ReadPath(element);
                }

                return ReadList(element);
            default:
                if (element.TryGetProperty("elementId", out _) && element.TryGetProperty("labels", out _))
                {
                    return ReadNode(element);
                }

                if (element.TryGetProperty("elementId", out _) && element.TryGetProperty("startNodeElementId", out _))
                {
                    return ReadRelationship(element);
                }

                return ReadMap(element);
        }
    }

    private static bool IsPlainEntity(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("elementId", out _);

    private static Dictionary<string, object?> Properties(JsonElement entity) =>
        TryGet(entity, "_properties", "properties", out var properties) ? ReadMap(properties) : new(StringComparer.Ordinal);

    private static bool TryGet(JsonElement element, string typedName, string plainName, out JsonElement value) =>
        element.TryGetProperty(typedName, out value) || element.TryGetProperty(plainName, out value);

    private static string RequiredString(JsonElement element, string typedName, string plainName) =>
        TryGet(element, typedName, plainName, out var value) && value.GetString() is { } text
            ? text
            : throw new FormatException($"Neo4j returned an entity without '{typedName}'.");

    private static FormatException Malformed(string type, JsonElement value) =>
        new($"Neo4j returned a {type} whose value is not text: {value.GetRawText()}");
}
