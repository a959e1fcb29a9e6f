using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>
/// What the side-effect counters are computed from, read through Cypher so any engine can be measured:
/// node ids, relationship ids, distinct label names, and the bag of (entity, key, value) property triples.
/// </summary>
public sealed class GraphState
{
    private const string NodeQuery = "MATCH (n) RETURN id(n) AS id, labels(n) AS labels, properties(n) AS properties";
    private const string RelationshipQuery = "MATCH ()-[r]->() RETURN id(r) AS id, properties(r) AS properties";

    private readonly HashSet<string> nodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> relationships = new(StringComparer.Ordinal);
    private readonly HashSet<string> labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> properties = new(StringComparer.Ordinal);

    /// <summary>Reads the graph's state; a failing probe query is reported as a <see cref="TckAssertionException"/>.</summary>
    public static async Task<GraphState> CaptureAsync(ICypherEngine engine, CancellationToken cancellationToken)
    {
        var state = new GraphState();
        var nodeRows = await ProbeAsync(engine, NodeQuery, cancellationToken).ConfigureAwait(false);
        foreach (var row in nodeRows)
        {
            var id = "n" + CypherValues.ToLiteral(row[0]);
            state.nodes.Add(id);
            foreach (var label in row[1] as IReadOnlyList<object?> ?? [])
            {
                state.labels.Add(label as string ?? CypherValues.ToLiteral(label));
            }

            state.AddProperties(id, row[2]);
        }

        var relationshipRows = await ProbeAsync(engine, RelationshipQuery, cancellationToken).ConfigureAwait(false);
        foreach (var row in relationshipRows)
        {
            var id = "r" + CypherValues.ToLiteral(row[0]);
            state.relationships.Add(id);
            state.AddProperties(id, row[1]);
        }

        return state;
    }

    /// <summary>The counters from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static SideEffects Diff(GraphState before, GraphState after)
    {
        var added = 0;
        var removed = 0;
        foreach (var key in before.properties.Keys.Union(after.properties.Keys))
        {
            var delta = after.properties.GetValueOrDefault(key) - before.properties.GetValueOrDefault(key);
            if (delta > 0)
            {
                added += delta;
            }
            else
            {
                removed -= delta;
            }
        }

        return new SideEffects(
            after.nodes.Except(before.nodes).Count(),
            before.nodes.Except(after.nodes).Count(),
            after.relationships.Except(before.relationships).Count(),
            before.relationships.Except(after.relationships).Count(),
            after.labels.Except(before.labels).Count(),
            before.labels.Except(after.labels).Count(),
            added,
            removed);
    }

    private void AddProperties(string id, object? map)
    {
        if (map is not IReadOnlyDictionary<string, object?> entries)
        {
            throw new TckAssertionException($"properties() returned {CypherValues.ToLiteral(map)}, not a map, while measuring side effects.");
        }

        foreach (var (key, value) in entries)
        {
            var triple = $"{id}\u0000{key}\u0000{CypherValues.ToLiteral(value)}";
            properties[triple] = properties.GetValueOrDefault(triple) + 1;
        }
    }

    private static async Task<IReadOnlyList<IReadOnlyList<object?>>> ProbeAsync(ICypherEngine engine, string query, CancellationToken cancellationToken)
    {
        var outcome = await QueryRunner.RunAsync(engine, query, new Dictionary<string, object?>(), AccessMode.Read, cancellationToken)
            .ConfigureAwait(false);
        return outcome.Error is null
            ? outcome.Rows
            : throw new TckAssertionException($"Measuring side effects failed: {query}: {outcome.Error.Kind}/{outcome.Error.Detail}: {outcome.Error.Message}");
    }
}
