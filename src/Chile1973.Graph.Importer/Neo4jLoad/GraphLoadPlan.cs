using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chile1973.Graph.Importer.Neo4jLoad;

/// <summary>
/// The statements that put a curated graph into Neo4j: a uniqueness constraint on <c>id</c> per
/// label, the explorer's full-text index over names and aliases (<see cref="ExplorerQueries.NameIndex"/>), then <c>UNWIND $rows AS row MERGE ...</c> batches.
/// Every data statement merges by id and replaces all properties (<c>SET n = row.properties</c>), so
/// running the plan again, or after a failure part-way, leaves exactly the graph of the files.
/// </summary>
public sealed partial class GraphLoadPlan
{
    private GraphLoadPlan(IReadOnlyList<LoadStep> steps, int batchSize)
    {
        Steps = steps;
        BatchSize = batchSize;
    }

    /// <summary>The steps, in the order they run.</summary>
    public IReadOnlyList<LoadStep> Steps { get; }

    /// <summary>The most rows one statement writes.</summary>
    public int BatchSize { get; }

    /// <summary>How many statements the plan sends.</summary>
    public int StatementCount => Steps.Sum(s => s.IsSchema ? 1 : s.Batches.Count);

    /// <summary>Plans the load of <paramref name="graph"/> in batches of at most <paramref name="batchSize"/> rows.</summary>
    public static GraphLoadPlan Create(KnowledgeGraph graph, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var labels = Enum.GetValues<NodeKind>().Select(k => k.ToString()).ToList();
        var steps = new List<LoadStep>();
        foreach (var label in labels)
        {
            steps.Add(new LoadStep(
                $"constraint {ConstraintName(label)}",
                $"CREATE CONSTRAINT {ConstraintName(label)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
                []));
        }

        // standard-folding folds accents, so "Pinochet Ugarte" and "Unión" match unaccented searches.
        steps.Add(new LoadStep(
            $"full-text index {ExplorerQueries.NameIndex}",
            $"CREATE FULLTEXT INDEX {ExplorerQueries.NameIndex} IF NOT EXISTS FOR (n:{string.Join('|', labels)}) "
                + $"ON EACH [n.{GraphProperties.Name}, n.{GraphProperties.Aliases}] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
            []));
        steps.Add(new LoadStep("wait for indexes", "CALL db.awaitIndexes(300)", []));

        foreach (var group in graph.Nodes.GroupBy(n => n.Kind).OrderBy(g => g.Key))
        {
            var rows = group.Select(n => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = n.Id,
                ["properties"] = GraphProperties.Of(n),
            }).ToList();
            steps.Add(new LoadStep(
                $"{group.Key} nodes",
                $"UNWIND $rows AS row MERGE (n:{group.Key} {{id: row.id}}) SET n = row.properties",
                Batch(rows, batchSize)));
        }

        var kinds = graph.Nodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
        var relationshipGroups = graph.Relationships
            .GroupBy(r => (r.Type, Start: kinds[r.StartId], End: kinds[r.EndId]))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Start).ThenBy(g => g.Key.End);
        foreach (var group in relationshipGroups)
        {
            var type = QuoteType(group.Key.Type);
            var rows = group.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = r.Id,
                ["start"] = r.StartId,
                ["end"] = r.EndId,
                ["properties"] = GraphProperties.Of(r),
            }).ToList();
            steps.Add(new LoadStep(
                $"{group.Key.Start}-{group.Key.Type}->{group.Key.End} relationships",
                $"UNWIND $rows AS row MATCH (a:{group.Key.Start} {{id: row.start}}) MATCH (b:{group.Key.End} {{id: row.end}}) "
                    + $"MERGE (a)-[r:{type} {{id: row.id}}]->(b) SET r = row.properties",
                Batch(rows, batchSize)));
        }

        return new GraphLoadPlan(steps, batchSize);
    }

    /// <summary>The plan as text: each statement with its batch and row counts.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var rows = Steps.Sum(s => s.RowCount);
        text.Append(CultureInfo.InvariantCulture, $"Load plan: {StatementCount} statements, {rows} rows in batches of at most {BatchSize}.\n");
        var number = 0;
        foreach (var step in Steps)
        {
            number++;
            var count = step.IsSchema
                ? "once"
                : string.Create(CultureInfo.InvariantCulture, $"{step.Batches.Count} batch{(step.Batches.Count == 1 ? "" : "es")}, {step.RowCount} rows");
            text.Append(CultureInfo.InvariantCulture, $"{number,3}. {step.Description} ({count})\n     {step.Cypher}\n");
        }

        return text.ToString();
    }

    private static List<IReadOnlyList<IReadOnlyDictionary<string, object?>>> Batch(List<IReadOnlyDictionary<string, object?>> rows, int size) =>
        [.. rows.Chunk(size).Select(chunk => (IReadOnlyList<IReadOnlyDictionary<string, object?>>)chunk)];

    private static string ConstraintName(string label) => SnakeCase().Replace(label, "$1_$2").ToLowerInvariant() + "_id";

    // Types come from validated files (UPPER_SNAKE); quoting keeps any other text from being Cypher.
    private static string QuoteType(string type) => TypePattern().IsMatch(type) ? type : $"`{type.Replace("`", "``", StringComparison.Ordinal)}`";

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex TypePattern();
}
