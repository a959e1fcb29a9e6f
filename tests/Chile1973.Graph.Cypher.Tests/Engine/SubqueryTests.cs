using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

public sealed class SubqueryTests
{
    // Allende has three neighbours, Pinochet one, Letelier none.
    private const string Chile = """
        CREATE (allende:Person {id: 'salvador_allende', name: 'Salvador Allende'}),
               (pinochet:Person {id: 'augusto_pinochet', name: 'Augusto Pinochet'}),
               (:Person {id: 'orlando_letelier', name: 'Orlando Letelier'}),
               (ps:Party {id: 'partido_socialista', name: 'Partido Socialista'}),
               (up:Coalition {id: 'unidad_popular', name: 'Unidad Popular'}),
               (coup:Event {id: 'coup_1973', name: 'Golpe de Estado'}),
               (allende)-[:MEMBER_OF]->(ps),
               (ps)-[:MEMBER_OF]->(up),
               (allende)-[:LED]->(up),
               (pinochet)-[:LED]->(coup),
               (coup)-[:OVERTHREW]->(allende)
        """;

    private readonly EngineHarness _harness = new(Chile);

    [Theory]
    [InlineData("MATCH (n:Person) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS k } RETURN n.name, k ORDER BY n.name")]
    [InlineData("MATCH (n:Person) CALL (n) { MATCH (n)--(m) RETURN count(m) AS k } RETURN n.name, k ORDER BY n.name")]
    [InlineData("MATCH (n:Person) CALL (*) { MATCH (n)--(m) RETURN count(m) AS k } RETURN n.name, k ORDER BY n.name")]
    public async Task Call_aggregates_per_incoming_row_whichever_way_it_imports(string query)
    {
        var rows = await _harness.RowsAsync(query);

        Assert.Equal(["'Augusto Pinochet', 1", "'Orlando Letelier', 0", "'Salvador Allende', 3"], rows);
    }

    [Theory]
    [InlineData("MATCH (n:Person) RETURN n.name, COLLECT { WITH 'LED' AS kind MATCH (n)-[r]->(x) WHERE type(r) = kind RETURN x.name } AS led ORDER BY n.name",
        "'Augusto Pinochet', ['Golpe de Estado']|'Orlando Letelier', []|'Salvador Allende', ['Unidad Popular']")]
    [InlineData("MATCH (n:Person) WHERE COUNT { WITH 'MEMBER_OF' AS kind MATCH (n)-[r]->() WHERE type(r) = kind } = 1 RETURN n.name",
        "'Salvador Allende'")]
    [InlineData("MATCH (n:Person) WHERE EXISTS { WITH 1 AS one MATCH (n)-[:LED]->(:Event) } RETURN n.name",
        "'Augusto Pinochet'")]
    [InlineData("MATCH (n:Person) RETURN n.name, COUNT { WITH 1 AS one WHERE n.name STARTS WITH 'S' MATCH (n)--() } AS k ORDER BY n.name",
        "'Augusto Pinochet', 0|'Orlando Letelier', 0|'Salvador Allende', 3")]
    public async Task A_subquery_expression_sees_the_outer_variables_past_its_leading_with(string query, string expected)
    {
        var rows = await _harness.RowsAsync(query);

        Assert.Equal(expected.Split('|'), rows);
    }

    [Fact]
    public async Task Count_all_counts_every_non_null_value_as_count_does()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n) RETURN count(ALL n.name) AS every, count(n.name) AS plain, count(DISTINCT labels(n)[0]) AS kinds, all(x IN [1] WHERE x = 1) AS quantifier");

        Assert.Equal(["6, 6, 4, true"], rows);
    }

    [Fact]
    public async Task Call_drops_the_incoming_row_when_the_subquery_returns_nothing()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n:Person) CALL (n) { MATCH (n)-[:LED]->(x) RETURN x.name AS led } RETURN n.name, led ORDER BY n.name");

        Assert.Equal(["'Augusto Pinochet', 'Golpe de Estado'", "'Salvador Allende', 'Unidad Popular'"], rows);
    }

    [Fact]
    public async Task Each_row_a_subquery_returns_is_joined_to_its_own_copy_of_the_incoming_row()
    {
        // The shape of a neighbourhood's ring: several rows per incoming row, read past a DISTINCT and a LIMIT, each
        // carrying the incoming row's variables beside its own columns, and collected afterwards.
        var rows = await _harness.RowsAsync("""
            MATCH (n:Person)
            CALL (n) {
              MATCH (n)--(m)
              WITH DISTINCT m
              ORDER BY m.name
              LIMIT 2
              RETURN m.name AS other, COUNT { (m)--() } AS degree
            }
            WITH n.name AS person, other, degree
            ORDER BY person, other
            RETURN person, collect(other + ' ' + degree) AS others
            """);

        Assert.Equal(["'Augusto Pinochet', ['Golpe de Estado 2']", "'Salvador Allende', ['Golpe de Estado 2', 'Partido Socialista 2']"], rows);
    }

    [Fact]
    public async Task Optional_call_keeps_the_incoming_row_with_nulls_when_the_subquery_returns_nothing()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n:Person) OPTIONAL CALL (n) { MATCH (n)-[:LED]->(x) RETURN x.name AS led, x.id AS id } RETURN n.name, led, id ORDER BY n.name");

        Assert.Equal(
            ["'Augusto Pinochet', 'Golpe de Estado', 'coup_1973'", "'Orlando Letelier', null, null", "'Salvador Allende', 'Unidad Popular', 'unidad_popular'"],
            rows);
    }

    [Fact]
    public async Task Call_limits_each_incoming_row_on_its_own()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n:Person) CALL (n) { MATCH (n)--(m) RETURN m.name AS other ORDER BY other LIMIT 2 } RETURN n.name, other ORDER BY n.name, other");

        Assert.Equal(
            ["'Augusto Pinochet', 'Golpe de Estado'", "'Salvador Allende', 'Golpe de Estado'", "'Salvador Allende', 'Partido Socialista'"],
            rows);
    }

    [Fact]
    public async Task Call_runs_a_union_and_the_outer_query_orders_its_rows()
    {
        var rows = await _harness.RowsAsync(
            "CALL { MATCH (p:Person) RETURN p.name AS name UNION MATCH (q:Party) RETURN q.name AS name } RETURN name ORDER BY name");

        Assert.Equal(["'Augusto Pinochet'", "'Orlando Letelier'", "'Partido Socialista'", "'Salvador Allende'"], rows);
    }

    [Fact]
    public async Task Union_inside_call_removes_duplicates_within_each_run_only()
    {
        var rows = await _harness.RowsAsync(
            "UNWIND [1, 2] AS x CALL { RETURN 'a' AS v UNION RETURN 'a' AS v } RETURN x, v");

        Assert.Equal(["1, 'a'", "2, 'a'"], rows);
    }

    [Fact]
    public async Task Each_part_of_a_union_imports_with_its_own_importing_with()
    {
        var rows = await _harness.RowsAsync("""
            MATCH (n {id: 'salvador_allende'})
            CALL { WITH n MATCH (n)-->(m) RETURN m.name AS name UNION WITH n MATCH (n)<--(m) RETURN m.name AS name }
            RETURN name ORDER BY name
            """);

        Assert.Equal(["'Golpe de Estado'", "'Partido Socialista'", "'Unidad Popular'"], rows);
    }

    [Fact]
    public async Task Call_without_imports_runs_once_per_incoming_row()
    {
        var rows = await _harness.RowsAsync("UNWIND [1, 2, 3] AS x CALL () { RETURN 'hello' AS greeting } RETURN x, greeting");

        Assert.Equal(["1, 'hello'", "2, 'hello'", "3, 'hello'"], rows);
    }

    [Theory]
    [InlineData("WITH 11 AS x CALL (x) { UNWIND [2, 3] AS y WITH y RETURN x * y AS a } RETURN x, a")]
    [InlineData("WITH 11 AS x CALL { WITH x UNWIND [2, 3] AS y WITH y RETURN x * y AS a } RETURN x, a")]
    [InlineData("WITH 11 AS x CALL (x) { UNWIND [2, 3, 3] AS y WITH DISTINCT y RETURN x * y AS a } RETURN x, a")]
    public async Task Imported_variables_stay_visible_past_a_with_that_does_not_list_them(string query)
    {
        var rows = await _harness.RowsAsync(query);

        Assert.Equal(["11, 22", "11, 33"], rows);
    }

    [Fact]
    public async Task Imported_variables_survive_aggregation_inside_the_subquery()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n:Person) CALL (n) { MATCH (n)--(m) WITH count(m) AS k RETURN n.name + ': ' + k AS line } RETURN line ORDER BY line");

        Assert.Equal(["'Augusto Pinochet: 1'", "'Orlando Letelier: 0'", "'Salvador Allende: 3'"], rows);
    }

    [Fact]
    public async Task Nested_call_subqueries_import_through_each_level()
    {
        var rows = await _harness.RowsAsync("""
            MATCH (n {id: 'salvador_allende'})
            CALL (n) { MATCH (n)-->(m) CALL (m) { MATCH (m)-->(o) RETURN count(o) AS onward } RETURN m.name AS via, onward }
            RETURN via, onward ORDER BY via
            """);

        Assert.Equal(["'Partido Socialista', 1", "'Unidad Popular', 0"], rows);
    }

    [Fact]
    public async Task Collect_subquery_returns_the_ordered_list_of_its_column()
    {
        var rows = await _harness.RowsAsync(
            "MATCH (n {id: 'salvador_allende'}) RETURN COLLECT { MATCH (n)--(m) RETURN m.name ORDER BY m.name } AS names");

        Assert.Equal(["['Golpe de Estado', 'Partido Socialista', 'Unidad Popular']"], rows);
    }

    [Fact]
    public async Task Collect_subquery_is_an_empty_list_when_nothing_matches_and_works_in_where()
    {
        var empty = await _harness.RowsAsync(
            "MATCH (n {id: 'orlando_letelier'}) RETURN COLLECT { MATCH (n)--(m) RETURN m.name } AS names");
        var leaders = await _harness.RowsAsync(
            "MATCH (n:Person) WHERE size(COLLECT { MATCH (n)-[:LED]->(x) RETURN x }) > 0 RETURN n.name ORDER BY n.name");

        Assert.Equal(["[]"], empty);
        Assert.Equal(["'Augusto Pinochet'", "'Salvador Allende'"], leaders);
    }

    [Fact]
    public async Task Each_run_of_a_writing_call_sees_the_writes_of_the_runs_before_it()
    {
        var harness = new EngineHarness("CREATE (:Counter {count: 0})");

        var (records, _) = await harness.WriteAsync("""
            UNWIND [1, 2, 3] AS x
            CALL () { MATCH (c:Counter) SET c.count = c.count + 1 RETURN c.count AS inner }
            MATCH (c:Counter)
            RETURN inner, c.count AS total
            """);

        Assert.Equal(["1, 3", "2, 3", "3, 3"], records.Select(static r => $"{r["inner"]}, {r["total"]}"));
    }

    [Fact]
    public async Task A_unit_subquery_writes_and_passes_the_incoming_rows_on()
    {
        var harness = new EngineHarness();

        var (records, summary) = await harness.WriteAsync("UNWIND [1, 2] AS x CALL (x) { CREATE (:Made {x: x}) } RETURN x");

        Assert.Equal([1L, 2L], records.Select(static r => r["x"]));
        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(["1", "2"], await harness.RowsAsync("MATCH (m:Made) RETURN m.x ORDER BY m.x"));
    }

    [Fact]
    public async Task A_write_inside_call_is_undone_when_the_query_fails_later()
    {
        var harness = new EngineHarness("CREATE (:Kept)");

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            harness.WriteAsync("UNWIND [1, 0] AS d CALL (d) { CREATE (:Made {d: d}) RETURN d AS made } RETURN 10 / made AS q"));

        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
        Assert.Empty(await harness.RowsAsync("MATCH (m:Made) RETURN m"));
        Assert.Equal(["1"], await harness.RowsAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task A_write_inside_call_is_refused_in_read_mode_before_it_runs()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() =>
            _harness.ReadAsync("MATCH (n:Person) CALL (n) { SET n.seen = true } RETURN n.name"));

        Assert.Equal(CypherErrorKind.AccessModeViolation, error.Kind);
        Assert.Empty(await _harness.RowsAsync("MATCH (n) WHERE n.seen IS NOT NULL RETURN n"));
    }
}
