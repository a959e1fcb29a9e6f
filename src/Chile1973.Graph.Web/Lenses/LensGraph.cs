namespace Chile1973.Graph.Web.Lenses;

/// <summary>
/// The part of the graph one lens request has seen: the steps of every node it has asked about, read a
/// whole frontier at a time through <see cref="ExplorerQueries.LensSteps"/> and kept for the rest of the
/// request. Steps are sorted by edge id and then by the other node, so every engine gives the same walk.
/// </summary>
internal sealed class LensGraph(GraphQueryRunner runner, StepFilter filter)
{
    private static readonly IReadOnlyList<LensStep> NoSteps = [];
    private readonly Dictionary<string, IReadOnlyList<LensStep>> adjacency = new(StringComparer.Ordinal);

    /// <summary>How many nodes' steps have been read.</summary>
    public int Known => adjacency.Count;

    /// <summary>The steps of a node read before.</summary>
    public IReadOnlyList<LensStep> Steps(string node) => adjacency.TryGetValue(node, out var steps) ? steps : NoSteps;

    /// <summary>Reads, in one query, the steps of every node of <paramref name="nodes"/> not read yet.</summary>
    public async ValueTask EnsureAsync(IEnumerable<string> nodes, CancellationToken cancellationToken)
    {
        var missing = nodes.Where(n => !adjacency.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["frontier"] = missing.Cast<object?>().ToList(),
            ["categories"] = filter.Categories?.Cast<object?>().ToList(),
            ["factsOnly"] = filter.FactsOnly,
        };
        var read = new Dictionary<string, List<LensStep>>(StringComparer.Ordinal);
        await foreach (var record in runner.StreamAsync(ExplorerQueries.LensSteps, parameters, cancellationToken))
        {
            var via = RecordReader.String(record, ExplorerColumns.Via);
            var other = RecordReader.String(record, ExplorerColumns.Other);
            if (string.Equals(via, other, StringComparison.Ordinal))
            {
                continue;
            }

            if (!read.TryGetValue(via, out var list))
            {
                read[via] = list = [];
            }

            list.Add(new LensStep(other, RecordReader.Kind(record[ExplorerColumns.OtherLabels]), RecordReader.OptionalString(record, ExplorerColumns.OtherStart), RecordReader.Edge(record)));
        }

        foreach (var node in missing)
        {
            adjacency[node] = read.TryGetValue(node, out var list)
                ? [.. list.DistinctBy(s => s.Edge.Data.Id, StringComparer.Ordinal)
                    .OrderBy(s => s.Edge.Data.Id, StringComparer.Ordinal).ThenBy(s => s.Other, StringComparer.Ordinal)]
                : NoSteps;
        }
    }
}
