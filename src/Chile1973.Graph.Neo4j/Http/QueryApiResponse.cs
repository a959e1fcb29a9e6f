using System.Text.Json;
using Chile1973.Graph.Neo4j.Wire;

namespace Chile1973.Graph.Neo4j.Http;

/// <summary>
/// A parsed Query API response: rows, errors, bookmarks, counters, transaction
/// (<see href="https://neo4j.com/docs/query-api/current/result-formats/"/>, <see href="https://neo4j.com/docs/query-api/current/transactions/"/>).
/// </summary>
internal sealed record QueryApiResponse(
    IReadOnlyList<string> Fields,
    IReadOnlyList<object?[]> Rows,
    IReadOnlyList<Neo4jError> Errors,
    IReadOnlyList<string> Bookmarks,
    QueryCounters Counters,
    string? TransactionId)
{
    /// <summary>Parses a body; throws <see cref="JsonException"/> or <see cref="FormatException"/> when it is not Query API JSON.</summary>
    public static QueryApiResponse Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The response is not a JSON object.");
        }

        var fields = new List<string>();
        var rows = new List<object?[]>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldArray))
            {
                foreach (var field in fieldArray.EnumerateArray())
                {
                    fields.Add(field.GetString() ?? string.Empty);
                }
            }

            if (data.TryGetProperty("values", out var values))
            {
                ReadRows(values, fields.Count, rows);
            }
        }

        return new QueryApiResponse(
            fields,
            rows,
            ReadErrors(root),
            ReadStrings(root, "bookmarks"),
            root.TryGetProperty("counters", out var counters) ? ReadCounters(counters) : QueryCounters.None,
            root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null);
    }

    /// <summary>The errors of an error body, or none when the body has no <c>errors</c> array.</summary>
    public static IReadOnlyList<Neo4jError> ReadErrors(JsonElement root)
    {
        var errors = new List<Neo4jError>();
        if (root.TryGetProperty("errors", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in array.EnumerateArray())
            {
                errors.Add(new Neo4jError(
                    error.TryGetProperty("code", out var code) ? code.GetString() ?? string.Empty : string.Empty,
                    error.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty));
            }
        }

        return errors;
    }

    // values is an array of rows, each an array (https://neo4j.com/docs/query-api/current/plain-json/). Pages from 2024 show it flat, one
    // value per row; a flat list of a one-column result is read that way rather than rejected.
    private static void ReadRows(JsonElement values, int width, List<object?[]> rows)
    {
        foreach (var row in values.EnumerateArray())
        {
            if (row.ValueKind == JsonValueKind.Array && !(width == 1 && IsTypedOrEntityList(row)))
            {
                var cells = new object?[row.GetArrayLength()];
                var i = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    cells[i++] = TypedJsonReader.Read(cell);
                }

                rows.Add(cells);
            }
            else
            {
                rows.Add([TypedJsonReader.Read(row)]);
            }
        }
    }

    // A one-column row is an array holding one value; a flat list's element that is itself an array
    // (a plain-JSON list or path value) has a length other than one or holds entities.
    private static bool IsTypedOrEntityList(JsonElement row) => row.GetArrayLength() != 1;

    private static List<string> ReadStrings(JsonElement root, string name)
    {
        var list = new List<string>();
        if (root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.GetString() is { } text)
                {
                    list.Add(text);
                }
            }
        }

        return list;
    }

    private static QueryCounters ReadCounters(JsonElement counters)
    {
        int Get(string name) => counters.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
        return new QueryCounters
        {
            NodesCreated = Get("nodesCreated"),
            NodesDeleted = Get("nodesDeleted"),
            RelationshipsCreated = Get("relationshipsCreated"),
            RelationshipsDeleted = Get("relationshipsDeleted"),
            PropertiesSet = Get("propertiesSet"),
            LabelsAdded = Get("labelsAdded"),
            LabelsRemoved = Get("labelsRemoved"),
            IndexesAdded = Get("indexesAdded"),
            IndexesRemoved = Get("indexesRemoved"),
            ConstraintsAdded = Get("constraintsAdded"),
            ConstraintsRemoved = Get("constraintsRemoved"),
        };
    }
}
