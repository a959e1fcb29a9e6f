using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

public sealed class ReadQueryTests
{
    private const string Chile = """
        CREATE (allende:Person {id: 'salvador_allende', name: 'Salvador Allende', born: 1908}),
               (pinochet:Person {id: 'augusto_pinochet', name: 'Augusto Pinochet', born: 1915}),
               (ps:Party {id: 'partido_socialista', name: 'Partido Socialista', aliases: ['PS']}),
               (up:Coalition {id: 'unidad_popular', name: 'Unidad Popular', aliases: ['UP']}),
               (coup:Event {id: 'coup_1973', name: 'Golpe de Estado'}),
               (allende)-[:MEMBER_OF {since: 1933}]->(ps),
               (ps)-[:MEMBER_OF]->(up),
               (allende)-[:LED]->(up),
               (pinochet)-[:LED]->(coup),
               (coup)-[:OVERTHREW]->(allende)
        """;

    private readonly EngineHarness _harness = new(Chile);

    [Fact]
    public async Task A_one_hop_neighbourhood_follows_both_directions_from_an_id_seek()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (a {id: $id})-[r]-(b) RETURN b.id AS id, type(r) AS type ORDER BY id",
            new Dictionary<string, object?> { ["id"] = "salvador_allende" });

        Assert.Equal(["'coup_1973', 'OVERTHREW'", "'partido_socialista', 'MEMBER_OF'", "'unidad_popular', 'LED'"], rows);
    }

    [Theory]
    [InlineData("MATCH (p:Person) WITH p, p.born AS start, p.born + 65 AS end RETURN p.name, start, end ORDER BY end",
        "'Salvador Allende', 1908, 1973|'Augusto Pinochet', 1915, 1980")]
    [InlineData("UNWIND [2, 1] AS order RETURN order ORDER BY order", "1|2")]
    [InlineData("WITH 3 AS limit RETURN limit - 1 AS skip LIMIT 1", "2")]
    [InlineData("MATCH (end:Event)<-[by:LED]-(start) RETURN start.name, type(by), end.id", "'Augusto Pinochet', 'LED', 'coup_1973'")]
    [InlineData("MATCH as = (a {id: 'salvador_allende'})-[:MEMBER_OF]->() RETURN length(as) AS on", "1")]
    [InlineData("WITH {name: 'x'} AS desc RETURN desc {.name} AS in", "{name: 'x'}")]
    public async Task Keywords_serve_as_variable_names_as_Neo4j_reads_them(string query, string expected)
    {
        var rows = await _harness.RowsAsync(query);

        Assert.Equal(expected.Split('|'), rows);
    }

    [Fact]
    public async Task Id_in_a_list_finds_each_listed_node_once()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n) WHERE n.id IN $ids RETURN n.name ORDER BY n.name",
            new Dictionary<string, object?> { ["ids"] = new List<object?> { "unidad_popular", "coup_1973", "unidad_popular", "nobody" } });

        Assert.Equal(["'Golpe de Estado'", "'Unidad Popular'"], rows);
    }

    [Fact]
    public async Task Nodes_come_back_as_port_values_with_labels_and_properties()
    {
        var records = await _harness.ReadAsync("MATCH (n:Party) RETURN n");

        var node = Assert.IsType<CypherNode>(Assert.Single(records)["n"]);
        Assert.Equal(["Party"], node.Labels);
        Assert.Equal("Partido Socialista", node.Properties["name"]);
        Assert.Equal(["PS"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(node.Properties["aliases"]));
    }

    [Fact]
    public async Task A_node_in_both_parts_of_a_union_comes_back_once_as_a_port_node_with_its_properties()
    {
        // The caller's values are put in the rows a RETURN makes for it, but a UNION DISTINCT keeps its rows to compare
        // the next ones with: converted in place, the node of the second part would no longer match the first's.
        var records = await _harness.ReadAsync("MATCH (n:Person) RETURN n UNION MATCH (n)-[:LED]->() RETURN n");

        var names = records.Select(r => Assert.IsType<CypherNode>(r["n"]).Properties["name"]).Order().ToList();
        Assert.Equal(["Augusto Pinochet", "Salvador Allende"], names);
    }

    [Fact]
    public async Task The_rows_a_match_makes_from_one_row_stay_apart_when_the_projection_after_it_writes_into_them()
    {
        // A projection writes into the rows of a match rather than copying them: each is a copy the match made from its
        // input row for that match alone. An ORDER BY holds every row before it sends the first.
        var expanded = await _harness.RowsAsync(
            "MATCH (a {id: 'salvador_allende'})-[r]-(b) WITH b.id AS id, type(r) AS type ORDER BY id DESC RETURN id, type");
        var sought = await _harness.RowsAsync(
            "MATCH (n) WHERE n.id IN ['coup_1973', 'augusto_pinochet', 'unidad_popular'] WITH n.name AS name ORDER BY name RETURN name");

        Assert.Equal(["'unidad_popular', 'LED'", "'partido_socialista', 'MEMBER_OF'", "'coup_1973', 'OVERTHREW'"], expanded);
        Assert.Equal(["'Augusto Pinochet'", "'Golpe de Estado'", "'Unidad Popular'"], sought);
    }

    [Fact]
    public async Task Aggregation_groups_by_the_other_columns_and_orders_across_them()
    {
        var rows = await _harness.RowsAsync("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS c ORDER BY c DESC, label");

        Assert.Equal(["'Person', 2", "'Coalition', 1", "'Event', 1", "'Party', 1"], rows);
    }

    [Fact]
    public async Task Shortest_path_finds_the_fewest_hops_in_either_direction()
    {
        var rows = await _harness.RowsAsync("""
            MATCH p = shortestPath((a {id: 'augusto_pinochet'})-[*..6]-(b {id: 'unidad_popular'}))
            RETURN length(p) AS hops, [x IN nodes(p) | x.id] AS ids
            """);

        Assert.Equal(["3, ['augusto_pinochet', 'coup_1973', 'salvador_allende', 'unidad_popular']"], rows);
    }

    [Fact]
    public async Task Variable_length_patterns_never_reuse_a_relationship()
    {
        var rows = await _harness.RowsAsync("MATCH (a {id: 'salvador_allende'})-[*2..2]-(b) RETURN b.id ORDER BY b.id");

        Assert.Equal(["'augusto_pinochet'", "'partido_socialista'", "'unidad_popular'"], rows);
    }

    [Fact]
    public async Task Optional_match_keeps_the_row_with_nulls_when_nothing_matches()
    {
        var rows = await _harness.RowsAsync("MATCH (n:Event) OPTIONAL MATCH (n)-[:MEMBER_OF]->(x) RETURN n.id, x");

        Assert.Equal(["'coup_1973', null"], rows);
    }

    [Fact]
    public async Task Name_prefix_search_and_the_full_text_procedure_find_nodes()
    {
        var prefix = await _harness.RowsAsync("MATCH (n) WHERE n.name STARTS WITH $p RETURN n.id", new Dictionary<string, object?> { ["p"] = "Sal" });
        var search = await _harness.RowsAsync("CALL db.index.fulltext.queryNodes('node_names', 'up') YIELD node, score RETURN node.id, score");

        Assert.Equal(["'salvador_allende'"], prefix);
        Assert.Equal("'unidad_popular', 1.0", search[0]);
    }

    [Fact]
    public async Task Three_valued_logic_and_integer_overflow_follow_cypher()
    {
        var rows = await _harness.RowsAsync("RETURN null AND false, null OR true, 1 = 1.0, [1, null] = [1, null], 7 / 2, 2 ^ 2");
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.ReadAsync("RETURN 9223372036854775807 + 1"));

        Assert.Equal(["false, true, true, null, 3, 4.0"], rows);
        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
        Assert.Equal("NumberOutOfRange", error.Detail);
    }

    [Fact]
    public async Task Order_by_sorts_mixed_types_in_cyphers_global_order()
    {
        var rows = await _harness.RowsAsync("UNWIND [1, 'a', null, true, [1], {k: 1}, 0.5] AS x RETURN x ORDER BY x");

        Assert.Equal(["{k: 1}", "[1]", "'a'", "true", "0.5", "1", "null"], rows);
    }

    [Fact]
    public async Task A_missing_parameter_fails_before_any_row()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.ReadAsync("RETURN $nope"));

        Assert.Equal(CypherErrorKind.ParameterMissing, error.Kind);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
    }

    [Fact]
    public async Task More_rows_than_allowed_is_an_error_not_a_silent_cut()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() =>
            _harness.ReadAsync("UNWIND range(1, 10) AS x RETURN x", options: new QueryOptions { MaxRows = 5 }));

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(100_000L)]
    public async Task A_long_result_gives_way_to_other_work_every_few_hundred_rows_not_on_every_row(long? maxRows)
    {
        await using var cursor = await _harness.Engine.RunAsync(
            new CypherQuery("UNWIND range(1, 2048) AS x RETURN x"), QueryOptions.Read with { MaxRows = maxRows }, TestContext.Current.CancellationToken);
        var queue = new QueueContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(queue);
        Task<int> drained;
        try
        {
            // The cursor gives way with Task.Yield, which posts to the current context: each post is one giving way.
            drained = DrainAsync(cursor, TestContext.Current.CancellationToken);
            while (!drained.IsCompleted && queue.RunOne())
            {
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        var rows = await drained;

        Assert.Equal(2048, rows);
        Assert.InRange(queue.Posts, 1, 2048 / 256);
    }

    [Fact]
    public async Task A_query_past_its_time_limit_fails_with_limit_exceeded()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.ReadAsync(
            "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN x",
            options: new QueryOptions { Timeout = TimeSpan.FromMilliseconds(50) }));

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public async Task Many_readers_run_at_once()
    {
        var reads = Enumerable.Range(0, 16).Select(_ => Task.Run(() => _harness.RowsAsync("MATCH (n)--(m) RETURN count(*) AS c"), TestContext.Current.CancellationToken));

        var results = await Task.WhenAll(reads);

        Assert.All(results, r => Assert.Equal(["10"], r));
    }

    private static async Task<int> DrainAsync(ICypherCursor cursor, CancellationToken cancellationToken)
    {
        var rows = 0;
        await foreach (var _ in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows++;
        }

        return rows;
    }

    // Keeps what is posted until the test runs it on its own thread, and counts it.
    private sealed class QueueContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _posted = new();

        public int Posts { get; private set; }

        public override void Post(SendOrPostCallback d, object? state)
        {
            Posts++;
            _posted.Enqueue((d, state));
        }

        public bool RunOne()
        {
            if (!_posted.TryDequeue(out var work))
            {
                return false;
            }

            work.Callback(work.State);
            return true;
        }
    }
}
