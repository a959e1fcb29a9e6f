using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Neo4j.Tests.Contract;

/// <summary>One query of the contract suite and the rows every engine must return for it.</summary>
public sealed record ContractCase(string Name, string Cypher, IReadOnlyDictionary<string, object?> Parameters, IReadOnlyList<string>? Columns, bool Ordered, IReadOnlyList<string> Rows)
{
    /// <summary>The rows a cursor returned, rendered as the data file writes them.</summary>
    public List<string> Render(IReadOnlyList<CypherRecord> records) => [.. records.Select(record =>
        string.Join(" | ", (Columns ?? record.Keys).Select(column => CypherValues.ToLiteral(record[column]))))];

    public override string ToString() => Name;

    /// <summary>The cases of Contract/contract-cases.json, templates resolved through <paramref name="templates"/>.</summary>
    public static IReadOnlyList<ContractCase> Load(string path, IReadOnlyDictionary<string, string> templates)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<ContractCase>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var template = item.TryGetProperty("template", out var t) ? t.GetString() : null;
            var cypher = template is null ? item.GetProperty("cypher").GetString()! : templates[template];
            cases.Add(new ContractCase(
                item.TryGetProperty("name", out var name) ? name.GetString()! : $"template {template}",
                cypher,
                item.TryGetProperty("parameters", out var p) ? p.EnumerateObject().ToDictionary(e => e.Name, e => Value(e.Value)) : new Dictionary<string, object?>(),
                item.TryGetProperty("columns", out var c) ? [.. c.EnumerateArray().Select(x => x.GetString()!)] : null,
                !item.TryGetProperty("ordered", out var o) || o.GetBoolean(),
                [.. item.GetProperty("rows").EnumerateArray().Select(r => r.GetString()!)]));
        }

        return cases;
    }

    private static object? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(e => e.Name, e => Value(e.Value)),
        _ => null,
    };
}
