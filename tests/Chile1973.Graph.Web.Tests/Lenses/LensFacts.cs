using System.Text.Json;

namespace Chile1973.Graph.Web.Tests.Lenses;

/// <summary>Facts of the curated graph the lens tests rely on, kept in lens-facts.json beside them.</summary>
public sealed record LensFacts(
    string PathFrom, string PathTo, int K, int MaxLength,
    string ForwardFrom, string ForwardReaches, string BackwardFrom, string BackwardReaches,
    string InfluenceNode, IReadOnlyList<string> ShapedBy)
{
    public static LensFacts Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Lenses", "lens-facts.json")));
        var root = doc.RootElement;
        var paths = root.GetProperty("paths");
        var chain = root.GetProperty("chain");
        var influence = root.GetProperty("influence");
        return new LensFacts(
            paths.GetProperty("from").GetString()!, paths.GetProperty("to").GetString()!, paths.GetProperty("k").GetInt32(), paths.GetProperty("maxLength").GetInt32(),
            chain.GetProperty("forwardFrom").GetString()!, chain.GetProperty("forwardReaches").GetString()!,
            chain.GetProperty("backwardFrom").GetString()!, chain.GetProperty("backwardReaches").GetString()!,
            influence.GetProperty("node").GetString()!, [.. influence.GetProperty("shapedBy").EnumerateArray().Select(e => e.GetString()!)]);
    }
}
