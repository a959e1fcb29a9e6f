using System.Globalization;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>The TCK's eight side-effect counters (README §3.3): set differences of the graph before and after a query.</summary>
public sealed record SideEffects(
    int AddedNodes = 0,
    int DeletedNodes = 0,
    int AddedRelationships = 0,
    int DeletedRelationships = 0,
    int AddedLabels = 0,
    int DeletedLabels = 0,
    int AddedProperties = 0,
    int DeletedProperties = 0)
{
    /// <summary>All zero.</summary>
    public static SideEffects None { get; } = new();

    /// <summary>Reads a side-effects table (<c>| +nodes | 1 |</c>); missing keys are 0.</summary>
    public static SideEffects FromTable(IEnumerable<IReadOnlyList<string>> rows)
    {
        var effects = None;
        foreach (var row in rows)
        {
            if (row.Count != 2 || !int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"A side-effects row must be '| key | count |', not '| {string.Join(" | ", row)} |'.");
            }

            effects = row[0] switch
            {
                "+nodes" => effects with { AddedNodes = count },
                "-nodes" => effects with { DeletedNodes = count },
                "+relationships" => effects with { AddedRelationships = count },
                "-relationships" => effects with { DeletedRelationships = count },
                "+labels" => effects with { AddedLabels = count },
                "-labels" => effects with { DeletedLabels = count },
                "+properties" => effects with { AddedProperties = count },
                "-properties" => effects with { DeletedProperties = count },
                _ => throw new FormatException($"Unknown side effect '{row[0]}'."),
            };
        }

        return effects;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        Add("+nodes", AddedNodes);
        Add("-nodes", DeletedNodes);
        Add("+relationships", AddedRelationships);
        Add("-relationships", DeletedRelationships);
        Add("+labels", AddedLabels);
        Add("-labels", DeletedLabels);
        Add("+properties", AddedProperties);
        Add("-properties", DeletedProperties);
        return parts.Count == 0 ? "none" : string.Join(", ", parts);

        void Add(string key, int count)
        {
            if (count != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{key} {count}"));
            }
        }
    }
}
