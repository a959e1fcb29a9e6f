using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Importer.Querying;

namespace Chile1973.Graph.Importer.Export;

/// <summary>
/// The JSON form of the graph, a public contract:
/// <c>{"nodes":[{"id","labels":[...],"properties":{...}}],"relationships":[{"id","type","start","end","properties":{...}}]}</c>.
/// Properties are those of <see cref="GraphProperties"/>; nodes and relationships are ordered by id
/// so two exports of the same graph are byte-identical. Floats always carry a decimal point so
/// their type survives a round trip.
/// </summary>
public static class GraphJson
{
    /// <summary>Writes the graph as indented UTF-8 JSON.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // Quotes are full of curly quotes and accents; keep them readable in the file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        writer.WriteStartObject();
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", node.Id);
            writer.WriteStartArray("labels");
            writer.WriteStringValue(node.Kind.ToString());
            writer.WriteEndArray();
            WriteProperties(writer, GraphProperties.Of(node));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        foreach (var relationship in graph.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", relationship.Id);
            writer.WriteString("type", relationship.Type);
            writer.WriteString("start", relationship.StartId);
            writer.WriteString("end", relationship.EndId);
            WriteProperties(writer, GraphProperties.Of(relationship));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads JSON written by <see cref="Write"/> back into a graph.</summary>
    /// <exception cref="JsonException">The JSON does not have the contract's shape.</exception>
    public static KnowledgeGraph Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(ReadNode).ToList();
        var relationships = root.GetProperty("relationships").EnumerateArray().Select(ReadRelationship).ToList();
        return new KnowledgeGraph(nodes, relationships);
    }

    private static void WriteProperties(Utf8JsonWriter writer, Dictionary<string, object?> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case double number:
                CypherJson.WriteFloat(writer, number);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No JSON form for a property of type {value.GetType().Name}.");
        }
    }

    private static GraphNode ReadNode(JsonElement element)
    {
        var properties = ReadProperties(element.GetProperty("properties"));
        var label = element.GetProperty("labels").EnumerateArray().Single().GetString()!;
        return new GraphNode(
            element.GetProperty("id").GetString()!,
            Enum.Parse<NodeKind>(label),
            Take<string>(properties, GraphProperties.Name)!,
            (Take<List<object?>>(properties, GraphProperties.Aliases) ?? []).Cast<string>().ToArray(),
            TakeDate(properties, GraphProperties.Start),
            TakeDate(properties, GraphProperties.End),
            Take<string>(properties, GraphProperties.Description),
            properties,
            new Provenance(Take<string>(properties, GraphProperties.Source)!, Take<string>(properties, GraphProperties.Quote)!));
    }

    private static GraphRelationship ReadRelationship(JsonElement element)
    {
        var properties = ReadProperties(element.GetProperty("properties"));
        return new GraphRelationship(
            element.GetProperty("id").GetString()!,
            element.GetProperty("type").GetString()!,
            element.GetProperty("start").GetString()!,
            element.GetProperty("end").GetString()!,
            TakeDate(properties, GraphProperties.Start),
            TakeDate(properties, GraphProperties.End),
            properties,
            new Provenance(Take<string>(properties, GraphProperties.Source)!, Take<string>(properties, GraphProperties.Quote)!));
    }

    /// <summary>The properties with the standard ones still in; callers take those out, leaving the extras.</summary>
    private static Dictionary<string, object?> ReadProperties(JsonElement element)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            properties[property.Name] = ReadValue(property.Value);
        }

        properties.Remove(GraphProperties.Id);
        return properties;
    }

    private static object? ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var integer) && !element.GetRawText().Contains('.', StringComparison.Ordinal)
            ? (object)integer
            : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ReadValue).ToList(),
        _ => throw new JsonException($"Unexpected {element.ValueKind} in graph JSON."),
    };

    private static T? Take<T>(Dictionary<string, object?> properties, string key)
        where T : class
    {
        if (!properties.Remove(key, out var value))
        {
            return null;
        }

        return value as T ?? throw new JsonException($"Property '{key}' is a {value?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");
    }

    private static PartialDate? TakeDate(Dictionary<string, object?> properties, string key) =>
        Take<string>(properties, key) is { } text ? PartialDate.Parse(text) : null;
}
