using System.Globalization;
using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

/// <summary>
/// Reads the engine answers from its indexes and adjacency instead of row by row: a page of full-text matches,
/// a node's degree for <c>COUNT { (n)--() }</c>, and WHERE conditions on the node an expansion reaches checked
/// before the row is built. Each must answer exactly as the row-by-row form does.
/// </summary>
public sealed class IndexedReadTests
{
    private static readonly EngineHarness Names = new(Read("common-names.cypher"));
    private static readonly EngineHarness Random = new(Read("random-graph.cypher"));
    private static readonly EngineHarness Hub = new(Read("hub-graph.cypher"));
    private static readonly EngineHarness IdKinds = new(Read("id-kinds.cypher"));

    private static readonly Dictionary<string, object?> HubTargets = new(StringComparer.Ordinal)
    {
        ["few"] = new List<object?> { "m3", "m10", "m11", "hub", "missing" },
        ["not"] = new List<object?> { "m11" },
        ["leaves"] = new List<object?> { "m3", "m10", "m11" },
        ["many"] = new List<object?>(Enumerable.Range(0, 40).Where(i => i % 5 != 4).Select(i => (object?)$"m{i}")
            .Concat(Enumerable.Range(0, 40).Select(i => (object?)$"loner{i}")).Concat(["hub", "missing"]).Reverse()),
    };

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", file));

    private static Task<List<string>> Search(string options) =>
        Names.RowsAsync($"CALL db.index.fulltext.queryNodes('node_names', 'union'{options}) YIELD node, score RETURN node.id, score");

    [Fact]
    public async Task Full_text_matches_come_best_first_with_equal_scores_in_name_order()
    {
        var rows = await Search("");

        Assert.Equal(
            ["'u1', 1.0", "'u7', 0.8", "'u3', 0.8", "'u2', 0.8", "'u8', 0.7", "'u5', 0.7", "'u9', 0.7", "'u4', 0.7", "'u6', 0.5"],
            rows);
    }

    [Theory]
    [InlineData(", {limit: 3}", 0, 3)]
    [InlineData(", {limit: 4}", 0, 4)]
    [InlineData(", {skip: 2, limit: 3}", 2, 3)]
    [InlineData(", {skip: 6}", 6, int.MaxValue)]
    [InlineData(", {skip: 8, limit: 1}", 8, 1)]
    [InlineData(", {limit: 100}", 0, 100)]
    [InlineData(", {}", 0, int.MaxValue)]
    [InlineData(", {limit: 0}", 0, 0)]
    public async Task The_limit_and_skip_options_page_the_same_order(string options, int skip, int take)
    {
        var all = await Search("");

        var page = await Search(options);

        Assert.Equal(all.Skip(skip).Take(take), page);
    }

    [Theory]
    [InlineData(", {limit: -1}", "'limit' option")]
    [InlineData(", {limit: 'ten'}", "'limit' option")]
    [InlineData(", {analyzer: 'english'}", "no option 'analyzer'")]
    [InlineData(", 'limit 3'", "must be a map")]
    public async Task Bad_full_text_options_fail_with_a_message_naming_the_option(string options, string message)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => Search(options));

        Assert.Equal(CypherErrorKind.ProcedureError, error.Kind);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_text_query_takes_two_or_three_arguments()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => Search(", {}, 1"));

        Assert.Contains("takes 2 to 3 arguments, not 4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--")]
    [InlineData("-->")]
    [InlineData("<--")]
    [InlineData("-[:A]-")]
    [InlineData("-[:B]->")]
    [InlineData("<-[:A|B]-")]
    [InlineData("-[:MISSING]-")]
    public async Task Count_of_a_bare_pattern_equals_the_matches_with_self_loops_and_parallel_relationships(string arrow)
    {
        var counted = await Random.RowsAsync($"MATCH (n) RETURN n.id, COUNT {{ (n){arrow}() }} ORDER BY n.id");
        var matched = await Random.RowsAsync($"MATCH (n) RETURN n.id, size([(n){arrow}(m) | m]) ORDER BY n.id");

        Assert.Equal(matched, counted);
    }

    [Fact]
    public async Task Count_of_a_node_pattern_on_null_is_zero()
    {
        var rows = await Random.RowsAsync("OPTIONAL MATCH (n:Missing) RETURN COUNT { (n)--() }");

        Assert.Equal(["0"], rows);
    }

    [Theory]
    [InlineData("NOT m.id IN $seen", true)]
    [InlineData("m.id IN $seen AND type(r) = 'A'", true)]
    [InlineData("m.id > n.id", true)]
    [InlineData("NOT m.id IN $seen AND COUNT { (m)--() } > 4", true)]
    [InlineData("m.id IN $seen", true)]
    [InlineData("m.id IN $mixed", true)]
    [InlineData("m.id IN $unknown", false)]
    [InlineData("NOT m.id IN $unknown", true)]
    [InlineData("NOT m.id IN $mixed", false)]
    [InlineData("m.id IN $seen AND NOT m.id IN $frontier", true)]
    [InlineData("NOT m.id IN $seen AND NOT m.id IN $frontier", true)]
    public async Task Conditions_on_the_reached_node_answer_as_when_checked_after_the_match(string condition, bool matches)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["frontier"] = Enumerable.Range(0, 24).Where(static i => i % 3 == 0).Select(static i => (object?)$"n{i}").ToList(),
            ["seen"] = Enumerable.Range(0, 24).Where(static i => i % 2 == 0).Select(static i => (object?)$"n{i}").ToList(),
            ["mixed"] = new List<object?> { "n1", "n5", null, 3L, "n9", "missing" },
            ["unknown"] = new List<object?> { "missing", "n99" },
        };

        var early = await Random.RowsAsync($"MATCH (n)-[r]-(m) WHERE n.id IN $frontier AND {condition} RETURN n.id, m.id, type(r) ORDER BY n.id, m.id, type(r)", parameters);
        var late = await Random.RowsAsync($"MATCH (n)-[r]-(m) WHERE n.id IN $frontier WITH n, r, m WHERE {condition} RETURN n.id, m.id, type(r) ORDER BY n.id, m.id, type(r)", parameters);

        Assert.Equal(matches, late.Count > 0);
        Assert.Equal(late, early);
    }

    [Theory]
    [InlineData("['a', 'b']")]
    [InlineData("['missing']")]
    [InlineData("[]")]
    [InlineData("['', 'a', 'a']")]
    [InlineData("['a', null]")]
    [InlineData("['a', 3]")]
    [InlineData("[['a'], 'b']")]
    [InlineData("null")]
    public async Task An_id_tested_against_a_list_parameter_answers_as_the_property_read_does(string list)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ids"] = (await IdKinds.ReadAsync($"RETURN {list} AS ids"))[0][0],
        };

        // m['id'] reads the property row by row; m.id IN $ids is answered from the id index where it can be.
        var indexed = await IdKinds.RowsAsync("MATCH (m:K) RETURN m.name, m.id IN $ids, NOT m.id IN $ids ORDER BY m.name", parameters);
        var read = await IdKinds.RowsAsync("MATCH (m:K) RETURN m.name, m['id'] IN $ids, NOT m['id'] IN $ids ORDER BY m.name", parameters);

        Assert.Equal(read, indexed);
        Assert.Equal(7, indexed.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(30)]
    public async Task The_top_rows_by_degree_then_property_are_the_first_of_the_whole_order(int take)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["take"] = (long)take };
        const string Ranked = "MATCH (n)--(m) WITH m, COUNT { (m)--() } AS degree, n.id AS via ORDER BY degree DESC, m.id, via";

        var top = await Random.RowsAsync($"{Ranked} LIMIT $take RETURN m.id, degree, via", parameters);
        var whole = await Random.RowsAsync($"{Ranked} RETURN m.id, degree, via", parameters);

        Assert.Equal(whole.Take(take), top);
    }

    [Fact]
    public async Task A_sort_key_that_fails_fails_the_top_rows_even_for_a_row_the_first_key_drops()
    {
        var error = await Assert.ThrowsAnyAsync<Core.Querying.CypherException>(() =>
            Random.RowsAsync("UNWIND [0, 1, 2] AS v WITH v, CASE v WHEN 2 THEN 'x' ELSE {k: v} END AS m ORDER BY v, m.k LIMIT 1 RETURN v"));

        Assert.Contains("property", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_node_whose_id_a_write_removed_is_unknown_in_a_list_of_ids_again_once_put_back_it_is_not()
    {
        var graph = new EngineHarness("CREATE (:K {id: 'a'}), (:K {id: 'b'}), (:K {id: 'c'})");
        var ids = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = new List<object?> { "a" } };
        const string Query = "MATCH (m:K) RETURN coalesce(m.id, m.was), m.id IN $ids ORDER BY coalesce(m.id, m.was)";

        var before = await graph.RowsAsync(Query, ids);
        await graph.WriteAsync("MATCH (m:K {id: 'b'}) SET m.was = 'b' REMOVE m.id");
        var removed = await graph.RowsAsync(Query, ids);
        await graph.WriteAsync("MATCH (m:K {was: 'b'}) SET m.id = 'b'");
        var restored = await graph.RowsAsync(Query, ids);

        Assert.Equal(["'a', true", "'b', false", "'c', false"], before);
        Assert.Equal(["'a', true", "'b', null", "'c', false"], removed);
        Assert.Equal(before, restored);
    }

    [Fact]
    public async Task A_node_without_an_id_is_unknown_in_a_list_of_ids_and_not_in_an_empty_one()
    {
        var rows = await IdKinds.RowsAsync(
            "MATCH (m:K {name: 'no id'}) RETURN m.id IN $some, m.id IN $none",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["some"] = new List<object?> { "a" }, ["none"] = new List<object?>() });

        Assert.Equal(["null, false"], rows);
    }

    [Theory]
    [InlineData("(n)-[r]-(m)", "")]
    [InlineData("(n)-[r]->(m)", "")]
    [InlineData("(n)<-[r]-(m)", "")]
    [InlineData("(n)-[r:A]-(m)", "")]
    [InlineData("(n)-[r:B|A]->(m)", "")]
    [InlineData("(n)<-[r:B]-(m)", "")]
    [InlineData("(n)-[r:MISSING]-(m)", "")]
    [InlineData("(n)-[r {k: 3}]-(m)", "")]
    [InlineData("(n)-[r]-(m)", "AND r.k > 5")]
    [InlineData("(n)-[r]-(m)", "AND NOT m.id IN $not")]
    [InlineData("(x)-[s]-(n)-[r]-(m)", "AND x.id = 'm3'")]
    public async Task A_hub_tested_against_a_few_nodes_answers_as_when_they_are_checked_after_the_match(string pattern, string more)
    {
        var early = await Hub.RowsAsync($"MATCH {pattern} WHERE n.id = 'hub' AND m.id IN $few {more} RETURN m.id, r.k, type(r), startNode(r) = n ORDER BY m.id, r.k, type(r), startNode(r) = n", HubTargets);
        var late = await Hub.RowsAsync($"MATCH {pattern} WHERE n.id = 'hub' WITH * WHERE m.id IN $few {more} RETURN m.id, r.k, type(r), startNode(r) = n ORDER BY m.id, r.k, type(r), startNode(r) = n", HubTargets);

        Assert.Equal(late, early);
        Assert.Equal(pattern.Contains("MISSING", StringComparison.Ordinal), early.Count == 0);
    }

    [Theory]
    [InlineData("startNode(r) = n", "[startNode(r)][0] = n")]
    [InlineData("n = startNode(r)", "n = [startNode(r)][0]")]
    [InlineData("startNode(r) = m", "[startNode(r)][0] = m")]
    [InlineData("endNode(r) = m", "[endNode(r)][0] = m")]
    [InlineData("m = endNode(r)", "m = [endNode(r)][0]")]
    [InlineData("endNode(r) = n", "[endNode(r)][0] = n")]
    public async Task A_relationships_end_compared_with_a_node_answers_as_the_end_node_itself_does(string compared, string read)
    {
        const string Rows = "MATCH (n)-[r]-(m) WHERE n.id = 'hub' RETURN m.id, r.k, type(r), {0} AS same ORDER BY m.id, r.k, type(r), same";

        var decided = await Hub.RowsAsync(string.Format(CultureInfo.InvariantCulture, Rows, compared));
        var general = await Hub.RowsAsync(string.Format(CultureInfo.InvariantCulture, Rows, read));

        Assert.Equal(general, decided);
        // Both ways round occur at the hub (relationships in and out, and self-loops), so the comparison is tested both ways.
        Assert.Contains(decided, row => row.EndsWith("true", StringComparison.Ordinal));
        Assert.Contains(decided, row => row.EndsWith("false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_relationship_or_node_compared_with_an_end_is_null_and_a_value_that_is_no_relationship_is_an_error()
    {
        var missing = await Hub.RowsAsync("MATCH (n {id: 'hub'}) OPTIONAL MATCH (n)-[r:MISSING]-(m) RETURN startNode(r) = n, endNode(r) = m, startNode(r) = m");
        var error = await Assert.ThrowsAsync<CypherException>(() => Hub.RowsAsync("MATCH (n {id: 'hub'}) WITH n, 1 AS r RETURN startNode(r) = n"));

        Assert.Equal(["null, null, null"], missing);
        Assert.Contains("startNode()", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(n)-[r]-(m)")]
    [InlineData("(n)<-[r:B]-(m)")]
    [InlineData("(n)-[r {k: 6}]->(m)")]
    public async Task A_hub_tested_against_many_nodes_some_it_does_not_reach_answers_as_when_they_are_checked_after_the_match(string pattern)
    {
        var early = await Hub.RowsAsync($"MATCH {pattern} WHERE n.id = 'hub' AND m.id IN $many RETURN m.id, r.k, type(r) ORDER BY m.id, r.k, type(r)", HubTargets);
        var late = await Hub.RowsAsync($"MATCH {pattern} WHERE n.id = 'hub' WITH * WHERE m.id IN $many RETURN m.id, r.k, type(r) ORDER BY m.id, r.k, type(r)", HubTargets);

        Assert.Equal(late, early);
        Assert.NotEmpty(early);
    }

    [Fact]
    public async Task A_hubs_degree_counts_each_self_loop_once_and_follows_the_writes_that_add_and_remove_them()
    {
        var hub = new EngineHarness(Read("hub-graph.cypher"));
        const string Query = "MATCH (n) WHERE n.id = 'hub' RETURN COUNT { (n)--() }, size([(n)--(m) | m])";

        var before = await hub.RowsAsync(Query);
        await hub.WriteAsync("MATCH (h {id: 'hub'}) CREATE (h)-[:A {k: 2000}]->(h)");
        var added = await hub.RowsAsync(Query);
        await hub.WriteAsync("MATCH ({id: 'hub'})-[r {k: 100}]->() DELETE r");
        var removed = await hub.RowsAsync(Query);

        Assert.Equal(["98, 98", "99, 99", "98, 98"], [.. before, .. added, .. removed]);
    }

    [Fact]
    public async Task A_hubs_relationships_to_a_few_nodes_follow_the_writes_that_change_them()
    {
        var hub = new EngineHarness(Read("hub-graph.cypher"));
        const string Query = "MATCH (n)-[r]->(m) WHERE n.id = 'hub' AND m.id IN $leaves RETURN m.id, r.k ORDER BY m.id, r.k";
        var before = await hub.RowsAsync(Query, HubTargets);

        await hub.WriteAsync("MATCH (h {id: 'hub'}), (m {id: 'm11'}) CREATE (h)-[:A {k: 1000}]->(m)");
        var added = await hub.RowsAsync(Query, HubTargets);
        await hub.WriteAsync("MATCH ({id: 'hub'})-[r {k: 3}]->({id: 'm3'}) DELETE r");
        var removed = await hub.RowsAsync(Query, HubTargets);

        Assert.Equal(["'m10', 10", "'m11', 11", "'m3', -3", "'m3', 3"], before);
        Assert.Equal(["'m10', 10", "'m11', 11", "'m11', 1000", "'m3', -3", "'m3', 3"], added);
        Assert.Equal(["'m10', 10", "'m11', 11", "'m11', 1000", "'m3', -3"], removed);
    }
}
