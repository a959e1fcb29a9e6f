using System.Text.Json;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>
/// The reviewed list of cases whose printed table is wrong (checked against the manual's own text
/// and Neo4j's documented semantics), each with its reason; the runner skips them instead of
/// bending the engine to a wrong answer.
/// </summary>
public static class ManualErrata
{
    /// <summary>The list shipped beside the runner.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Manual", "manual-errata.json");

    /// <summary>Case id to reason; a file that does not exist is an empty list.</summary>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(
            entry => entry.GetProperty("id").GetString()!,
            entry => entry.GetProperty("reason").GetString()!,
            StringComparer.Ordinal);
    }
}
