using System.Collections.Concurrent;
using System.Globalization;

namespace Chile1973.Graph.Web.Elements;

/// <summary>Reads the columns of the explorer's templates into element data, tolerant of absent properties.</summary>
internal static class RecordReader
{
    public static string String(CypherRecord record, string key) =>
        OptionalString(record, key) ?? throw new InvalidOperationException($"Column '{key}' is null.");

    public static string? OptionalString(CypherRecord record, string key) => record[key] switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public static long Long(CypherRecord record, string key) => record[key] switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => 0,
    };

    public static double Double(CypherRecord record, string key) => record[key] switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => 0,
    };

    public static IReadOnlyList<string> Strings(object? value) => value switch
    {
        IEnumerable<object?> list => list.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "").ToList(),
        string s => [s],
        _ => [],
    };

    /// <summary>The kind of a node: its first label (each curated node has exactly one).</summary>
    public static string Kind(object? labels) => Strings(labels) is [var first, ..] ? first : "Unknown";

    /// <summary>A node element from the columns id, name, labels, start, end, description, degree.</summary>
    public static NodeElement Node(CypherRecord record) => new(new NodeData(
        String(record, ExplorerColumns.Id),
        OptionalString(record, ExplorerColumns.Name) ?? String(record, ExplorerColumns.Id),
        Kind(record[ExplorerColumns.Labels]),
        Long(record, ExplorerColumns.Degree),
        OptionalString(record, ExplorerColumns.StartDate),
        OptionalString(record, ExplorerColumns.EndDate),
        OptionalString(record, ExplorerColumns.Description)));

    /// <summary>An edge element from the columns id, source, target, type, quote, start, end, claimedBy and, when present, category.</summary>
    public static EdgeElement Edge(CypherRecord record)
    {
        var type = String(record, ExplorerColumns.Type);
        var source = String(record, ExplorerColumns.Source);
        var target = String(record, ExplorerColumns.Target);
        return new EdgeElement(new EdgeData(
            EdgeId(record, source, type, target),
            source,
            target,
            type,
            RelationshipLabel(type),
            OptionalString(record, ExplorerColumns.Quote),
            OptionalString(record, ExplorerColumns.StartDate),
            OptionalString(record, ExplorerColumns.EndDate),
            OptionalString(record, ExplorerColumns.ClaimedBy),
            record.Keys.Contains(ExplorerColumns.Category) ? OptionalString(record, ExplorerColumns.Category) : null));
    }

    /// <summary>An edge element with only its identity and ends, from the columns id, source, target and type.</summary>
    public static EdgeElement Link(CypherRecord record)
    {
        var type = String(record, ExplorerColumns.Type);
        var source = String(record, ExplorerColumns.Source);
        var target = String(record, ExplorerColumns.Target);
        return new EdgeElement(new EdgeData(EdgeId(record, source, type, target), source, target, type, RelationshipLabel(type)));
    }

    // A relationship without an id property (a generated graph's) is named by its ends and type.
    public static string EdgeId(CypherRecord record, string source, string type, string target) =>
        OptionalString(record, ExplorerColumns.Id) ?? $"{source}-{type}-{target}";

    /// <summary>How a relationship type reads on the page: <c>MEMBER_OF</c> becomes <c>member of</c>.</summary>
    public static string RelationshipLabel(string type) => Labels.GetOrAdd(type, static t => t.Replace('_', ' ').ToLowerInvariant());

    // A graph has a few dozen types and a lens reads thousands of relationships: each label is made once.
    private static readonly ConcurrentDictionary<string, string> Labels = new(StringComparer.Ordinal);
}
