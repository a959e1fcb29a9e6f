using System.Globalization;
using System.Net;
using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Microsoft.AspNetCore.Http;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// The outcome of one statement and how it goes on the wire (https://neo4j.com/docs/query-api/current/result-formats/):
/// <c>{data: {fields, values}, counters, bookmarks, transaction}</c> with 202, or <c>{errors: [{code,
/// message}]}</c> with the error's status, or both with 202 when rows came before a run-time error.
/// </summary>
internal sealed record StatementAnswer(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters,
    string? Bookmark,
    string? ErrorCode,
    string? ErrorMessage)
{
    /// <summary>The HTTP status, when not the one the outcome implies.</summary>
    public HttpStatusCode? Status { get; init; }

    /// <summary>The open transaction the statement ran in; absent once it is closed.</summary>
    public StandInTransaction? Transaction { get; init; }

    public static StatementAnswer Succeeded(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows, QueryCounters counters, string? bookmark) =>
        new(fields, rows, counters, bookmark, null, null);

    public static StatementAnswer Failed(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows, string code, string message) =>
        new(fields, rows, QueryCounters.None, null, code, message);

    public async Task WriteAsync(HttpContext context, bool typed, bool includeCounters)
    {
        var failedBeforeRows = ErrorCode is not null && Rows.Count == 0;
        context.Response.StatusCode = (int)(Status ?? (failedBeforeRows ? Neo4jStatus.HttpStatus(ErrorCode!) : HttpStatusCode.Accepted));
        context.Response.ContentType = typed ? "application/vnd.neo4j.query" : "application/json";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (!failedBeforeRows)
            {
                WriteData(writer, typed);
            }

            if (ErrorCode is not null)
            {
                writer.WriteStartArray("errors");
                writer.WriteStartObject();
                writer.WriteString("code", ErrorCode);
                writer.WriteString("message", ErrorMessage);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }
            else
            {
                if (includeCounters)
                {
                    WriteCounters(writer);
                }

                writer.WriteStartArray("bookmarks");
                if (Bookmark is not null)
                {
                    writer.WriteStringValue(Bookmark);
                }

                writer.WriteEndArray();
                if (Transaction is { } transaction)
                {
                    writer.WriteStartObject("transaction");
                    writer.WriteString("id", transaction.Id);
                    writer.WriteString("expires", transaction.Expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }

    private void WriteData(Utf8JsonWriter writer, bool typed)
    {
        writer.WriteStartObject("data");
        writer.WriteStartArray("fields");
        foreach (var field in Fields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("values");
        foreach (var row in Rows)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                if (typed)
                {
                    WireValues.WriteTyped(writer, value);
                }
                else
                {
                    WireValues.WritePlain(writer, value);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteCounters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("counters");
        writer.WriteBoolean("containsUpdates", Counters.ContainsUpdates);
        writer.WriteNumber("nodesCreated", Counters.NodesCreated);
        writer.WriteNumber("nodesDeleted", Counters.NodesDeleted);
        writer.WriteNumber("propertiesSet", Counters.PropertiesSet);
        writer.WriteNumber("relationshipsCreated", Counters.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", Counters.RelationshipsDeleted);
        writer.WriteNumber("labelsAdded", Counters.LabelsAdded);
        writer.WriteNumber("labelsRemoved", Counters.LabelsRemoved);
        writer.WriteNumber("indexesAdded", Counters.IndexesAdded);
        writer.WriteNumber("indexesRemoved", Counters.IndexesRemoved);
        writer.WriteNumber("constraintsAdded", Counters.ConstraintsAdded);
        writer.WriteNumber("constraintsRemoved", Counters.ConstraintsRemoved);
        writer.WriteBoolean("containsSystemUpdates", false);
        writer.WriteNumber("systemUpdates", 0);
        writer.WriteEndObject();
    }
}
