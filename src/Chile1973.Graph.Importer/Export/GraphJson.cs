using System.Text.Encodings.Web;
using System.Text.Json;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Importer.Export;

/// <summary>
/// The JSON form of the graph, a public contract:
/// <c>{"nodes":[{"id","labels":[...],"properties":{...}}],"relationships":[{"id","type","start","end","properties":{...}}]}</c>.
/// It is written from what an engine answers (<see cref="ExplorerQueries.ExportNodes"/>,
/// <see cref="ExplorerQueries.ExportRelationships"/>), so every engine holding the same graph writes the same
/// bytes: nodes and relationships ordered by id, the curated properties first in <see cref="GraphProperties.Curated"/>
/// order and the others by key, values as <see cref="CypherJson"/> writes them.
/// </summary>
public static class GraphJson
{
    /// <summary>Writes the engine's graph as indented UTF-8 JSON; returns how many nodes and relationships it wrote.</summary>
    public static async Task<(int Nodes, int Relationships)> WriteAsync(ICypherEngine engine, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // Quotes are full of curly quotes and accents; keep them readable in the file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("nodes");
            var nodes = await WriteAllAsync(engine, ExplorerQueries.ExportNodes, writer, static (writer, record) =>
            {
                writer.WriteString("id", record.Get<string>(ExplorerColumns.Id));
                writer.WritePropertyName("labels");
                CypherJson.Write(writer, record[ExplorerColumns.Labels]);
            }, cancellationToken).ConfigureAwait(false);
            writer.WriteEndArray();
            writer.WriteStartArray("relationships");
            var relationships = await WriteAllAsync(engine, ExplorerQueries.ExportRelationships, writer, static (writer, record) =>
            {
                writer.WriteString("id", record.Get<string>(ExplorerColumns.Id));
                writer.WriteString("type", record.Get<string>(ExplorerColumns.Type));
                writer.WriteString("start", record.Get<string>(ExplorerColumns.Start));
                writer.WriteString("end", record.Get<string>(ExplorerColumns.End));
            }, cancellationToken).ConfigureAwait(false);
            writer.WriteEndArray();
            writer.WriteEndObject();
            return (nodes, relationships);
        }
    }

    /// <summary>Reads JSON written by <see cref="WriteAsync"/> back into a graph.</summary>
    /// <exception cref="JsonException">The JSON does not have the contract's shape.</exception>
    public static KnowledgeGraph Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(ReadNode).ToList();
        var relationships = root.GetProperty("relationships").EnumerateArray().Select(ReadRelationship).ToList();
        return new KnowledgeGraph(nodes, relationships);
    }

    private static async Task<int> WriteAllAsync(
        ICypherEngine engine, string statement, Utf8JsonWriter writer, Action<Utf8JsonWriter, CypherRecord> writeHead, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var cursor = await engine.RunAsync(new CypherQuery(statement), QueryOptions.Read, cancellationToken).ConfigureAwait(false);
        await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writeHead(writer, record);
            writer.WriteStartObject("properties");
            var properties = record.Get<IReadOnlyDictionary<string, object?>>(ExplorerColumns.Properties);
            foreach (var key in GraphProperties.Curated.Where(properties.ContainsKey)
                .Concat(properties.Keys.Where(k => !GraphProperties.Curated.Contains(k)).Order(StringComparer.Ordinal)))
            {
                writer.WritePropertyName(key);
                CypherJson.Write(writer, properties[key]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            count++;
        }

        return count;
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
