using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// Counting nodes grouped by their labels reads the store's label set counts; the same query with a WHERE that
/// keeps every node goes through the full scan, so the two must always agree.
/// </summary>
public sealed class LabelSetCountTests
{
    private static readonly string[] Setup =
    [
        "UNWIND range(1, 30) AS i CREATE ({i: i})",
        "MATCH (n) WHERE n.i % 2 = 0 SET n:Person",
        "MATCH (n) WHERE n.i % 3 = 0 SET n:Place",
        "MATCH (n) WHERE n.i % 5 = 0 SET n:Event:Person",
    ];

    public static TheoryData<string> Shapes => new()
    {
        "MATCH (n) {0} RETURN labels(n)[0] AS label, count(*) AS c ORDER BY c DESC, label",
        "MATCH (n) {0} RETURN labels(n) AS labels, count(n) AS c",
        "MATCH (n) {0} RETURN size(labels(n)) AS k, count(DISTINCT n) AS c, count(*) * 2 AS twice",
        "MATCH (n:Person) {0} RETURN 'Place' IN labels(n) AS place, count(*) AS c",
        "MATCH (n:Person:Event) {0} RETURN count(*) AS c",
        "MATCH (n:Nobody) {0} RETURN count(*) AS c",
        "MATCH (n) {0} RETURN count(*) AS c",
        "MATCH (n) {0} WITH head(labels(n)) AS first, count(*) AS c WHERE c > 3 RETURN first, c",
        "MATCH (n) {0} RETURN DISTINCT coalesce(labels(n)[$at], 'none') AS label, count(*) AS c ORDER BY label LIMIT 3",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Counting_by_labels_agrees_with_a_full_scan_after_label_changes_and_deletes(string shape)
    {
        var harness = await SetUpAsync();
        await harness.WriteAsync("MATCH (n:Place) WHERE n.i > 20 REMOVE n:Place SET n:Archive");
        await harness.WriteAsync("MATCH (n) WHERE n.i % 7 = 0 DETACH DELETE n");
        var parameters = new Dictionary<string, object?> { ["at"] = 1L };

        var counted = await harness.RowsAsync(shape.Replace("{0}", string.Empty, StringComparison.Ordinal), parameters);
        var scanned = await harness.RowsAsync(shape.Replace("{0}", "WHERE true", StringComparison.Ordinal), parameters);

        Assert.NotEmpty(counted);
        Assert.Equal(Sorted(scanned), Sorted(counted));
    }

    [Fact]
    public async Task Counting_by_labels_is_unchanged_by_a_write_that_fails()
    {
        var harness = await SetUpAsync();
        var before = Sorted(await harness.RowsAsync("MATCH (n) RETURN labels(n) AS l, count(*) AS c"));

        await Assert.ThrowsAsync<Core.Querying.CypherException>(() =>
            harness.WriteAsync("MATCH (n:Person) SET n:Moved REMOVE n:Person CREATE (:Extra) WITH n RETURN 1 / (n.i - n.i)"));

        Assert.Equal(before, Sorted(await harness.RowsAsync("MATCH (n) RETURN labels(n) AS l, count(*) AS c")));
    }

    [Fact]
    public async Task Counting_an_empty_graph_gives_one_zero_row_without_keys_and_no_row_with_keys()
    {
        var harness = new EngineHarness();

        Assert.Equal(["0"], await harness.RowsAsync("MATCH (n) RETURN count(*)"));
        Assert.Empty(await harness.RowsAsync("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS c"));
    }

    private static async Task<EngineHarness> SetUpAsync()
    {
        var harness = new EngineHarness();
        foreach (var statement in Setup)
        {
            await harness.WriteAsync(statement);
        }

        return harness;
    }

    private static List<string> Sorted(List<string> rows) => [.. rows.Order(StringComparer.Ordinal)];
}
