using System.Text.Json;

namespace Chile1973.Graph.Neo4j.Tests.Replay;

/// <summary>
/// One recorded conversation with a Query API server (a file in Replay/Recordings): what the client
/// is asked to do, and the request/response pairs the server saw and answered, in order.
/// </summary>
internal sealed record Recording(string Name, string Source, int MaxRetries, IReadOnlyList<JsonElement> Steps, IReadOnlyList<RecordedExchange> Exchanges)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Replay", "Recordings");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static Recording Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")));
        var root = document.RootElement.Clone();
        return new Recording(
            name,
            root.GetProperty("source").GetString()!,
            root.TryGetProperty("maxRetries", out var retries) ? retries.GetInt32() : 3,
            [.. root.GetProperty("steps").EnumerateArray()],
            [.. root.GetProperty("exchanges").EnumerateArray().Select(RecordedExchange.From)]);
    }
}

/// <summary>A request as recorded (only what it names is compared) and the answer the server gave.</summary>
internal sealed record RecordedExchange(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> RequestHeaders,
    JsonElement? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string? ResponseBody,
    bool Abort)
{
    public static RecordedExchange From(JsonElement element)
    {
        var request = element.GetProperty("request");
        var response = element.GetProperty("response");
        string? body = response.TryGetProperty("body", out var json) ? json.GetRawText()
            : response.TryGetProperty("text", out var text) ? text.GetString()
            : null;
        return new RecordedExchange(
            request.GetProperty("method").GetString()!,
            request.GetProperty("path").GetString()!,
            Headers(request),
            request.TryGetProperty("body", out var requestBody) ? requestBody : null,
            response.TryGetProperty("status", out var status) ? status.GetInt32() : 0,
            Headers(response),
            body,
            response.TryGetProperty("abort", out var abort) && abort.GetBoolean());
    }

    /// <summary>Why <paramref name="method"/> <paramref name="path"/> is not this request, or null when it is.</summary>
    public string? Mismatch(string method, string path, Func<string, string?> header, JsonElement? body)
    {
        if (!string.Equals(method, Method, StringComparison.Ordinal) || !string.Equals(path, Path, StringComparison.Ordinal))
        {
            return $"expected {Method} {Path}, got {method} {path}";
        }

        foreach (var (name, value) in RequestHeaders)
        {
            if (!string.Equals(header(name), value, StringComparison.Ordinal))
            {
                return $"{Method} {Path}: header {name} expected '{value}', got '{header(name)}'";
            }
        }

        if (RequestBody is not { } expected)
        {
            return null;
        }

        if (body is not { ValueKind: JsonValueKind.Object } actual)
        {
            return $"{Method} {Path}: expected a JSON object body";
        }

        // The recorded body names the fields that matter; the client may send more (includeCounters).
        foreach (var property in expected.EnumerateObject())
        {
            if (!actual.TryGetProperty(property.Name, out var sent) || !JsonElement.DeepEquals(property.Value, sent))
            {
                return $"{Method} {Path}: body field '{property.Name}' expected {property.Value.GetRawText()}, got {(sent.ValueKind == JsonValueKind.Undefined ? "nothing" : sent.GetRawText())}";
            }
        }

        return null;
    }

    private static Dictionary<string, string> Headers(JsonElement message) =>
        message.TryGetProperty("headers", out var headers)
            ? headers.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
