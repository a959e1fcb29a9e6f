using System.Text.Json;

namespace Chile1973.Graph.Neo4j.Tests.Support;

/// <summary>Reads the documentation excerpts in TestData/.</summary>
internal static class TestFiles
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static JsonElement Json(string name)
    {
        using var document = JsonDocument.Parse(Text(name));
        return document.RootElement.Clone();
    }
}
