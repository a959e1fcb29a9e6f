using System.Text.Json;
using Chile1973.Graph.Neo4j.Wire;

namespace Chile1973.Graph.Neo4j.Http;

/// <summary>
/// The body of a Query API request (<see href="https://neo4j.com/docs/query-api/current/query/"/>): a statement with typed parameters and its settings.
/// </summary>
internal sealed record QueryApiRequest(
    string? Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    AccessMode Mode,
    IReadOnlyList<string>? Bookmarks = null,
    int? MaxExecutionTimeSeconds = null)
{
    /// <summary>The UTF-8 JSON body. Throws <see cref="ArgumentException"/> for a parameter Neo4j cannot take.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (Statement is not null)
            {
                writer.WriteString("statement", Statement);
            }

            if (Parameters.Count > 0)
            {
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in Parameters)
                {
                    writer.WritePropertyName(name);
                    TypedJsonWriter.Write(writer, value, "$" + name);
                }

                writer.WriteEndObject();
            }

            // Write is the server's default; only a read needs saying (https://neo4j.com/docs/query-api/current/routing/).
            if (Mode == AccessMode.Read)
            {
                writer.WriteString("accessMode", "Read");
            }

            if (Bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in Bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            if (MaxExecutionTimeSeconds is { } seconds)
            {
                writer.WriteNumber("maxExecutionTime", seconds);
            }

            writer.WriteBoolean("includeCounters", true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
