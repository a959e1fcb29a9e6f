using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Execution;
using Chile1973.Graph.Cypher.Planning;
using Chile1973.Graph.Cypher.Semantics;
using Chile1973.Graph.Cypher.Syntax;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// A pattern that pins <c>r.category</c> starts at the relationships the category index finds; it must answer
/// exactly as a scan of every relationship does (the same condition through <c>properties(r)</c>, which no index
/// serves), before and after writes and their rollback. Graph: categorised-graph.cypher beside this file.
/// </summary>
public sealed class RelationshipCategoryIndexTests
{
    private static readonly string Graph = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", "categorised-graph.cypher"));

    private static readonly string[] Known = ["influence", "causal", "command", "membership", "influence!"];

    private static readonly Dictionary<string, object?> Categories = new(StringComparer.Ordinal) { ["c"] = new List<object?> { "influence", "causal" } };

    // Each indexed form beside the same question asked through properties(r), which the planner cannot seek on.
    public static TheoryData<string, string> Forms() => new()
    {
        { "MATCH (a)-[r]->(b) WHERE r.category IN $c RETURN a.id, r.id, b.id", "MATCH (a)-[r]->(b) WHERE properties(r).category IN $c RETURN a.id, r.id, b.id" },
        { "MATCH (a)-[r]->(b) WHERE r.category = 'influence' RETURN a.id, r.id, b.id", "MATCH (a)-[r]->(b) WHERE properties(r).category = 'influence' RETURN a.id, r.id, b.id" },
        { "MATCH (a)-[r]->(b) WHERE 'causal' = r.category RETURN a.id, r.id, b.id", "MATCH (a)-[r]->(b) WHERE 'causal' = properties(r).category RETURN a.id, r.id, b.id" },
        { "MATCH (a)<-[r {category: 'influence'}]-(b) RETURN a.id, r.id, b.id", "MATCH (a)<-[r]-(b) WHERE properties(r).category = 'influence' RETURN a.id, r.id, b.id" },
        { "MATCH (a)-[r]-(b) WHERE r.category = 'influence' RETURN a.id, r.id, b.id", "MATCH (a)-[r]-(b) WHERE properties(r).category = 'influence' RETURN a.id, r.id, b.id" },
        { "MATCH (a)-[r]->(a) WHERE r.category IN $c RETURN a.id, r.id", "MATCH (a)-[r]->(a) WHERE properties(r).category IN $c RETURN a.id, r.id" },
        { "MATCH (a)-[r:INFLUENCED|ADVISED]->(b) WHERE r.category IN $c RETURN a.id, r.id, b.id", "MATCH (a)-[r:INFLUENCED|ADVISED]->(b) WHERE properties(r).category IN $c RETURN a.id, r.id, b.id" },
        { "MATCH (a)-[s]->(b)-[r]->(c) WHERE r.category = 'causal' RETURN a.id, s.id, b.id, r.id, c.id", "MATCH (a)-[s]->(b)-[r]->(c) WHERE properties(r).category = 'causal' RETURN a.id, s.id, b.id, r.id, c.id" },
        { "MATCH (a)-[r WHERE r.category = 'causal']->(b) RETURN a.id, r.id, b.id", "MATCH (a)-[r WHERE properties(r).category = 'causal']->(b) RETURN a.id, r.id, b.id" },
        { "MATCH (a {kind: 'person'})-[r]->(b) WHERE r.category IN $c RETURN a.id, r.id, b.id", "MATCH (a {kind: 'person'})-[r]->(b) WHERE properties(r).category IN $c RETURN a.id, r.id, b.id" },
        { "MATCH ()-[r]->(), ()-[s]->() WHERE r.category = 'causal' AND s.category = 'causal' RETURN r.id, s.id", "MATCH ()-[r]->(), ()-[s]->() WHERE properties(r).category = 'causal' AND properties(s).category = 'causal' RETURN r.id, s.id" },
        { "MATCH ()-[r]->() WHERE r.category IN ['influence', null, 7] RETURN r.id", "MATCH ()-[r]->() WHERE properties(r).category IN ['influence', null, 7] RETURN r.id" },
        { "MATCH ()-[r]->() WHERE r.category = 7 RETURN r.id", "MATCH ()-[r]->() WHERE properties(r).category = 7 RETURN r.id" },
        { "MATCH ()-[r]->() WHERE r.category IN ['nothing'] RETURN r.id", "MATCH ()-[r]->() WHERE properties(r).category IN ['nothing'] RETURN r.id" },
        { "MATCH ()-[r]->() WHERE r.category = null RETURN r.id", "MATCH ()-[r]->() WHERE properties(r).category = null RETURN r.id" },
        { "MATCH ()-[r]->() WHERE r.category IN null RETURN r.id", "MATCH ()-[r]->() WHERE properties(r).category IN null RETURN r.id" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Category_seek_answers_as_the_scan_of_every_relationship(string indexed, string scanned)
    {
        var harness = new EngineHarness(Graph);

        var expected = await SortedRowsAsync(harness, scanned);

        Assert.NotEmpty(await harness.RowsAsync("MATCH ()-[r]->() WHERE r.category IS NOT NULL RETURN r.id"));
        Assert.Equal(expected, await SortedRowsAsync(harness, indexed));
    }

    [Fact]
    public async Task Category_seek_finds_the_relationships_of_each_listed_category_once()
    {
        var harness = new EngineHarness(Graph);

        var rows = await SortedRowsAsync(harness, "MATCH ()-[r]->() WHERE r.category IN ['causal', 'causal', 'command'] RETURN r.id");

        Assert.Equal(["'r6'", "'r7'", "'r8'"], rows);
    }

    public static TheoryData<string> Writes() => new()
    {
        "MATCH ()-[r]->() WHERE r.id = 'r1' SET r.category = 'causal'",
        "MATCH ()-[r]->() WHERE r.id = 'r10' SET r.category = 'influence'",
        "MATCH ()-[r]->() WHERE r.id = 'r11' SET r.category = 'influence'",
        "MATCH ()-[r]->() WHERE r.id = 'r6' REMOVE r.category",
        "MATCH ()-[r]->() WHERE r.id = 'r7' SET r.category = null",
        "MATCH ()-[r]->() WHERE r.id = 'r2' SET r = {id: 'r2'}",
        "MATCH ()-[r]->() WHERE r.id = 'r8' SET r += {category: 'influence'}",
        "MATCH ()-[r]->() WHERE r.id = 'r3' DELETE r",
        "MATCH (n {id: 'allende'}) DETACH DELETE n",
        "MATCH (a {id: 'cia'}), (b {id: 'coup_1973'}) CREATE (a)-[:INFLUENCED {id: 'r13', category: 'influence'}]->(b)",
        "MATCH ()-[r {category: 'influence'}]->() SET r.category = 'causal'",
        "MATCH ()-[r]->() WHERE r.category = 'causal' DELETE r",
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Category_seek_answers_as_the_scan_after_a_committed_write(string write)
    {
        var harness = new EngineHarness(Graph);

        await harness.WriteAsync(write);

        Assert.Equal(await ScanAsync(harness), await SeekAsync(harness));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Category_seek_answers_as_before_after_a_write_that_fails_and_rolls_back(string write)
    {
        var harness = new EngineHarness(Graph);
        var before = await SeekAsync(harness);

        await Assert.ThrowsAsync<CypherException>(() => harness.WriteAsync(write + " WITH count(*) AS done RETURN 1 / 0"));

        Assert.Equal(before, await SeekAsync(harness));
        Assert.Equal(before, await ScanAsync(harness));
    }

    [Fact]
    public async Task Category_seek_answers_as_the_scan_after_several_writes_in_one_statement_roll_back_in_part()
    {
        var harness = new EngineHarness(Graph);
        var before = await SeekAsync(harness);

        // Set, delete and create in one statement that then fails: every step is undone, newest first.
        await Assert.ThrowsAsync<CypherException>(() => harness.WriteAsync("""
            MATCH ()-[r]->() WHERE r.id = 'r1' SET r.category = 'causal'
            WITH r MATCH ()-[s]->() WHERE s.id = 'r1' DELETE s
            WITH count(*) AS deleted MATCH (a {id: 'cia'}), (b {id: 'up'}) CREATE (a)-[:INFLUENCED {category: 'influence'}]->(b)
            WITH count(*) AS created RETURN 1 / 0
            """));

        Assert.Equal(before, await SeekAsync(harness));
    }

    [Fact]
    public async Task Setting_the_category_of_every_relationship_a_seek_found_changes_each_once()
    {
        var harness = new EngineHarness(Graph);
        var influence = (await SeekAsync(harness)).Count(row => row.EndsWith("'influence'", StringComparison.Ordinal));

        var (records, _) = await harness.WriteAsync("MATCH ()-[r]->() WHERE r.category = 'influence' SET r.category = 'influence' + '!' RETURN count(*) AS changed");

        Assert.Equal((long)influence, records[0]["changed"]);
        Assert.Empty(await harness.RowsAsync("MATCH ()-[r]->() WHERE r.category = 'influence' RETURN r.id"));
        Assert.Equal(influence, (await harness.RowsAsync("MATCH ()-[r]->() WHERE r.category = 'influence!' RETURN r.id")).Count);
    }

    [Fact]
    public void Category_seek_examines_only_the_relationships_of_the_listed_categories()
    {
        var harness = new EngineHarness(Graph);
        var store = harness.Engine.Store;
        for (var i = 0; i < 200; i++)
        {
            store.CreateRelationship(0, 1, "MENTIONS", [new("category", "record")]);
        }

        var sought = Examined(harness, "MATCH (a)-[r]->(b) WHERE r.category IN $c RETURN a, b");
        var scanned = Examined(harness, "MATCH (a)-[r]->(b) WHERE properties(r).category IN $c RETURN a, b");

        var matching = store.RelationshipCategoryCount("influence") + store.RelationshipCategoryCount("causal");
        Assert.Equal(8, matching);
        Assert.InRange(sought, matching, matching + 10);
        Assert.True(scanned >= store.RelationshipCount, $"the scan examined {scanned} of {store.RelationshipCount} relationships");
    }

    // The planner's choice shows in how many candidates the running query examines.
    private static int Examined(EngineHarness harness, string text)
    {
        var compiled = QueryPlanner.Plan(SemanticAnalyzer.Analyze(CypherParser.Parse(text)), text, harness.Engine.Procedures);
        var context = new QueryContext(harness.Engine.Store, Categories, harness.Engine.Procedures, compiled.SlotCount, null,
            QueryLimits.From(ExplorerEngine.Options), TestContext.Current.CancellationToken);
        _ = compiled.Root.Run(context, context.NewRow()).Count();
        return context.Examined;
    }

    // Category by category, so a relationship filed under the wrong category shows as missing from its own.
    private static async Task<List<string>> SeekAsync(EngineHarness harness)
    {
        var rows = new List<string>();
        foreach (var category in Known)
        {
            rows.AddRange(await harness.RowsAsync("MATCH (a)-[r]->(b) WHERE r.category = $category RETURN a.id, r.id, b.id, r.category",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["category"] = category }));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private static Task<List<string>> ScanAsync(EngineHarness harness) =>
        SortedRowsAsync(harness, "MATCH (a)-[r]->(b) WHERE properties(r).category IN $known RETURN a.id, r.id, b.id, r.category",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["known"] = Known.Cast<object?>().ToList() });

    private static async Task<List<string>> SortedRowsAsync(EngineHarness harness, string text, Dictionary<string, object?>? parameters = null) =>
        [.. (await harness.RowsAsync(text, parameters ?? Categories)).Order(StringComparer.Ordinal)];
}
