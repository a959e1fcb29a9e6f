using System.Text.Json;

namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>Turns the JSON parameter values the page sends into Cypher values: integral numbers as INTEGER, others as FLOAT.</summary>
internal static class ConsoleParameters
{
    public static Dictionary<string, object?> FromJson(IReadOnlyDictionary<string, object?>? parameters)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
        {
            values[name] = value is JsonElement element ? FromElement(element) : value;
        }

        return values;
    }

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt64(out var integer) && IsIntegral(element) => integer,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromElement(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    // 1.0 and 1e3 are floats in JSON text even when their value is whole, as in Cypher literals.
    private static bool IsIntegral(JsonElement number) => number.GetRawText().AsSpan().IndexOfAny(".eE") < 0;
}
