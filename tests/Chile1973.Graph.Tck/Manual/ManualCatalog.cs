using System.Text.Json;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>Reads the manual's cases file (<c>cases.jsonl</c>: one JSON object a line).</summary>
public static class ManualCatalog
{
    /// <summary>The environment variable that points at a cases file elsewhere.</summary>
    public const string EnvironmentVariable = "CYPHER_MANUAL_CASES";

    /// <summary>Loads every case; a malformed line fails with its line number.</summary>
    public static IReadOnlyList<ManualCase> Load(string path)
    {
        var cases = new List<ManualCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                cases.Add(Read(document.RootElement));
            }
            catch (Exception bad) when (bad is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path} line {lineNumber}: {bad.Message}", bad);
            }
        }

        return cases;
    }

    /// <summary>
    /// The cases file: <c>CYPHER_MANUAL_CASES</c> when set, else <c>../shared/cypher-manual/cases.jsonl</c>
    /// beside the repository that holds <paramref name="startDirectory"/>; null when there is none.
    /// </summary>
    public static string? Locate(string startDirectory)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chile1973.Graph.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "cypher-manual", "cases.jsonl"));
                return File.Exists(beside) ? beside : null;
            }
        }

        return null;
    }

    private static ManualCase Read(JsonElement root)
    {
        var columns = root.GetProperty("columns");
        return new ManualCase(
            root.GetProperty("id").GetString()!,
            root.GetProperty("area").GetString()!,
            [.. root.GetProperty("setup").EnumerateArray().Select(s => s.GetString()!)],
            root.GetProperty("query").GetString()!,
            root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                ? (IReadOnlyDictionary<string, object?>)ToValue(parameters)!
                : new Dictionary<string, object?>(),
            columns.ValueKind == JsonValueKind.Null ? null : [.. columns.EnumerateArray().Select(c => c.GetString()!)],
            [.. root.GetProperty("rows").EnumerateArray().Select(row => (IReadOnlyList<string>)[.. row.EnumerateArray().Select(cell => cell.GetString()!)])],
            root.GetProperty("ordered").GetBoolean(),
            Flag(root, "write"),
            Flag(root, "nondeterministic"));
    }

    private static bool Flag(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    // The README: "JSON numbers without a fraction are integers".
    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) && !value.GetRawText().Contains('.', StringComparison.Ordinal) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        _ => throw new InvalidOperationException($"unexpected JSON {value.ValueKind}"),
    };
}
