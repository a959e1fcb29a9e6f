using System.Net;
using System.Text;
using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Wire;
using Microsoft.AspNetCore.Http;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// The HTTP side: Basic auth (<see href="https://neo4j.com/docs/query-api/current/authentication-authorization/"/>), the database in the path,
/// request bodies (<see href="https://neo4j.com/docs/query-api/current/query/"/>) and media types (<see href="https://neo4j.com/docs/query-api/current/typed-json/"/>).
/// </summary>
public sealed partial class QueryApiStandIn
{
    private async Task<bool> AuthorizeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            await WriteErrorAsync(context, Neo4jStatus.Unauthorized, "No authentication header supplied.").ConfigureAwait(false);
            return false;
        }

        string? user = null, password = null;
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    (user, password) = (pair[..colon], pair[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
                // Falls through to the invalid header answer.
            }
        }

        if (user is null)
        {
            await WriteErrorAsync(context, Neo4jStatus.RequestInvalidFormat, "Invalid authentication header.", HttpStatusCode.Unauthorized).ConfigureAwait(false);
            return false;
        }

        if (!string.Equals(user, options.User, StringComparison.Ordinal) || !string.Equals(password, options.Password, StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, Neo4jStatus.Unauthorized, "Invalid username or password.").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private async Task<bool> CheckDatabaseAsync(HttpContext context)
    {
        var database = context.Request.RouteValues["database"] as string;
        if (string.Equals(database, options.Database, StringComparison.Ordinal))
        {
            return true;
        }

        await WriteErrorAsync(context, Neo4jStatus.DatabaseNotFound, $"Database does not exist. Database name: '{database}'.").ConfigureAwait(false);
        return false;
    }

    private static bool TryParse(HttpRequest http, byte[] body, bool statementOptional, out StandInRequest request, out (string Code, string Message) problem)
    {
        request = null!;
        problem = default;
        var typedParameters = http.ContentType?.StartsWith(TypedMediaType, StringComparison.OrdinalIgnoreCase) == true;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var hasStatement = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("statement", out var statement) && statement.ValueKind == JsonValueKind.String;
            if (root.ValueKind != JsonValueKind.Object || (!hasStatement && !statementOptional))
            {
                problem = (Neo4jStatus.RequestInvalid, "The request body must be an object with a \"statement\" string.");
                return false;
            }

            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root.TryGetProperty("parameters", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var parameter in values.EnumerateObject())
                {
                    parameters[parameter.Name] = typedParameters ? TypedJsonReader.Read(parameter.Value) : WireValues.ReadPlain(parameter.Value);
                }
            }

            var mode = root.TryGetProperty("accessMode", out var access) && string.Equals(access.GetString(), "Read", StringComparison.OrdinalIgnoreCase)
                ? AccessMode.Read
                : AccessMode.Write;
            var counters = root.TryGetProperty("includeCounters", out var include) && include.ValueKind == JsonValueKind.True;
            TimeSpan? timeout = root.TryGetProperty("maxExecutionTime", out var seconds) && seconds.TryGetInt32(out var s) ? TimeSpan.FromSeconds(s) : null;
            var text = hasStatement ? root.GetProperty("statement").GetString()! : string.Empty;
            request = new StandInRequest(0, text, parameters, mode, counters, timeout);
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            problem = (Neo4jStatus.RequestInvalidFormat, $"Could not read the request body: {e.Message}");
            return false;
        }
    }

    private static bool AcceptsTyped(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains(TypedMediaType, StringComparison.OrdinalIgnoreCase) == true);

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static Task WriteErrorAsync(HttpContext context, string code, string message, HttpStatusCode? status = null) =>
        (StatementAnswer.Failed([], [], code, message) with { Status = status }).WriteAsync(context, AcceptsTyped(context.Request), includeCounters: false);
}
