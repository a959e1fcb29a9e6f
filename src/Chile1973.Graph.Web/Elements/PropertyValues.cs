using System.Globalization;

namespace Chile1973.Graph.Web.Elements;

/// <summary>Turns Cypher property values into plain JSON values (temporal values become their ISO text, byte arrays base64).</summary>
internal static class PropertyValues
{
    public static object? ToJson(object? value) => value switch
    {
        null or string or bool or long or int or double => value,
        // Base64, as Neo4j's plain JSON shows a byte array, not a list of digit strings.
        byte[] bytes => Convert.ToBase64String(bytes),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => ToJson(e.Value), StringComparer.Ordinal),
        IEnumerable<object?> list => list.Select(ToJson).ToList(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
