using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Cypher.Tests.Engine;

public sealed class Neo4j5PatternTests
{
    private const string Chile = """
        CREATE (allende:Person:Leader {name: 'Salvador Allende', born: 1908}),
               (pinochet:Person:Military {name: 'Augusto Pinochet', born: 1915}),
               (prats:Person:Military {name: 'Carlos Prats', born: 1915}),
               (ps:Party {name: 'Partido Socialista'}),
               (up:Coalition {name: 'Unidad Popular'}),
               (junta:Junta {name: 'Junta Militar'}),
               ({name: 'Unlabelled'}),
               (allende)-[:LED {since: 1970}]->(up),
               (allende)-[:MEMBER_OF {since: 1933}]->(ps),
               (ps)-[:MEMBER_OF]->(up),
               (pinochet)-[:LED {since: 1973}]->(junta),
               (prats)-[:SERVED]->(allende)
        """;

    private readonly EngineHarness _harness = new(Chile);

    private async Task<string[]> Rows(string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        [.. await _harness.RowsAsync(query, parameters)];

    [Theory]
    [InlineData("MATCH (n:Person|Party) RETURN count(n)", "4")]
    [InlineData("MATCH (n:Person|Person) RETURN count(n)", "3")]
    [InlineData("MATCH (n:Person|Nobody) RETURN count(n)", "3")]
    [InlineData("MATCH (n:Leader|Military|Person) RETURN count(*)", "3")]
    [InlineData("MATCH (n:Nobody|Nothing) RETURN count(n)", "0")]
    public async Task A_label_disjunction_counts_each_node_once(string query, string expected)
    {
        Assert.Equal([expected], await Rows(query));
    }

    [Theory]
    [InlineData("MATCH (n:Person|Party) RETURN n.name ORDER BY n.name",
        "'Augusto Pinochet'|'Carlos Prats'|'Partido Socialista'|'Salvador Allende'")]
    [InlineData("MATCH (n:Person&Military) RETURN n.name ORDER BY n.name", "'Augusto Pinochet'|'Carlos Prats'")]
    [InlineData("MATCH (n:Person&Nobody) RETURN n.name", "")]
    [InlineData("MATCH (n:!Person) RETURN n.name ORDER BY n.name",
        "'Junta Militar'|'Partido Socialista'|'Unidad Popular'|'Unlabelled'")]
    [InlineData("MATCH (n:(Person|Party)&!Military) RETURN n.name ORDER BY n.name", "'Partido Socialista'|'Salvador Allende'")]
    [InlineData("MATCH (n:!Nobody) RETURN count(n)", "7")]
    [InlineData("MATCH (n:%) RETURN count(n)", "6")]
    [InlineData("MATCH (n:!%) RETURN n.name", "'Unlabelled'")]
    [InlineData("MATCH (:Military)-[:SERVED]->(b:Leader|Party) RETURN b.name", "'Salvador Allende'")]
    [InlineData("MATCH (a:Person)-->(b:!Coalition) RETURN a.name, b.name ORDER BY a.name",
        "'Augusto Pinochet', 'Junta Militar'|'Carlos Prats', 'Salvador Allende'|'Salvador Allende', 'Partido Socialista'")]
    public async Task Label_expressions_in_node_patterns_select_nodes_as_in_Neo4j(string query, string expected)
    {
        Assert.Equal(Split(expected), await Rows(query));
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n:Person|Party RETURN n.name ORDER BY n.name",
        "'Augusto Pinochet'|'Carlos Prats'|'Partido Socialista'|'Salvador Allende'")]
    [InlineData("MATCH (n) WHERE NOT n:Person|Party|Coalition RETURN n.name ORDER BY n.name", "'Junta Militar'|'Unlabelled'")]
    [InlineData("MATCH (n) WHERE n:!% RETURN n.name", "'Unlabelled'")]
    [InlineData("MATCH (n:Person) RETURN n.name, n:Leader|Party AS leads ORDER BY n.name",
        "'Augusto Pinochet', false|'Carlos Prats', false|'Salvador Allende', true")]
    [InlineData("MATCH (n:Person) RETURN [x IN collect(n) WHERE x:Military | x.name] AS military", "['Augusto Pinochet', 'Carlos Prats']")]
    [InlineData("OPTIONAL MATCH (n:Nobody) RETURN n:Person|Party AS test", "null")]
    public async Task Label_expressions_in_predicates_test_a_node_and_pass_null_through(string query, string expected)
    {
        Assert.Equal(Split(expected), await Rows(query));
    }

    [Theory]
    [InlineData("MATCH ()-[r:LED|SERVED]->() RETURN count(r)", "3")]
    [InlineData("MATCH ()-[r:!MEMBER_OF]->() RETURN count(r)", "3")]
    [InlineData("MATCH ()-[r:LED&MEMBER_OF]->() RETURN count(r)", "0")]
    [InlineData("MATCH ()-[r:%]->() RETURN count(r)", "5")]
    [InlineData("MATCH (a:Military)-[:!LED*1..3]->(b) RETURN b.name ORDER BY b.name",
        "'Partido Socialista'|'Salvador Allende'|'Unidad Popular'")]
    public async Task Relationship_type_expressions_follow_a_relationship_of_one_type(string query, string expected)
    {
        Assert.Equal(Split(expected), await Rows(query));
    }

    [Theory]
    [InlineData("MATCH (n:Person WHERE n.born > 1910) RETURN n.name ORDER BY n.name", "'Augusto Pinochet'|'Carlos Prats'")]
    [InlineData("MATCH (n WHERE n.born > 1900) RETURN count(n)", "3")]
    [InlineData("MATCH (n WHERE n.born IS NULL) RETURN count(n)", "4")]
    [InlineData("MATCH (:Person WHERE true)-[:LED]->(b) RETURN b.name ORDER BY b.name", "'Junta Militar'|'Unidad Popular'")]
    [InlineData("MATCH (a)-[r:LED WHERE r.since > 1970]->(b) RETURN a.name, b.name", "'Augusto Pinochet', 'Junta Militar'")]
    [InlineData("MATCH (a)-[r WHERE r.since IS NULL]->(b) RETURN a.name, b.name ORDER BY a.name",
        "'Carlos Prats', 'Salvador Allende'|'Partido Socialista', 'Unidad Popular'")]
    [InlineData("MATCH (a:Person)-[r WHERE r.since < 1950]->(b WHERE b.name STARTS WITH 'P') RETURN a.name, b.name",
        "'Salvador Allende', 'Partido Socialista'")]
    [InlineData("MATCH (n:Person) OPTIONAL MATCH (n)-[:LED]->(m WHERE m.name = 'Junta Militar') RETURN n.name, m.name ORDER BY n.name",
        "'Augusto Pinochet', 'Junta Militar'|'Carlos Prats', null|'Salvador Allende', null")]
    [InlineData("MATCH (n:Person) RETURN n.name, [(n)-[:LED]->(m WHERE m:Coalition) | m.name] AS led ORDER BY n.name",
        "'Augusto Pinochet', []|'Carlos Prats', []|'Salvador Allende', ['Unidad Popular']")]
    [InlineData("MATCH (n:Person) WHERE EXISTS { (n)-[:LED]->(:Junta WHERE true) } RETURN n.name", "'Augusto Pinochet'")]
    public async Task An_inline_where_filters_the_element_it_is_written_in(string query, string expected)
    {
        Assert.Equal(Split(expected), await Rows(query));
    }

    [Fact]
    public async Task An_inline_where_takes_parameters()
    {
        var rows = await Rows("MATCH (n:Person WHERE n.born < $year) RETURN n.name", new Dictionary<string, object?> { ["year"] = 1910L });

        Assert.Equal(["'Salvador Allende'"], rows);
    }

    [Theory]
    [InlineData("Salvador Allende", "'Unidad Popular'")]
    [InlineData("Nobody", "")]
    [InlineData(null, "")]
    public async Task An_inline_where_on_a_name_finds_the_named_node_only(string? name, string expected)
    {
        var rows = await Rows("MATCH (n WHERE n.name = $name AND n:Person)-[:LED]->(m) RETURN m.name", new Dictionary<string, object?> { ["name"] = name });

        Assert.Equal(Split(expected), rows);
    }

    [Fact]
    public async Task An_inline_where_sees_variables_bound_by_an_earlier_clause()
    {
        var rows = await Rows("""
            MATCH (a {name: 'Salvador Allende'})
            MATCH (b:Person WHERE b.born > a.born AND b <> a)-[r WHERE r.since IS NULL OR r.since > a.born]->(c)
            RETURN b.name, c.name ORDER BY b.name
            """);

        Assert.Equal(["'Augusto Pinochet', 'Junta Militar'", "'Carlos Prats', 'Salvador Allende'"], rows);
    }

    [Fact]
    public async Task An_inline_where_cannot_see_other_variables_of_its_own_pattern()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.ReadAsync("MATCH (a)-->(b WHERE b.born > a.born) RETURN b"));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal("UndefinedVariable", error.Detail);
        Assert.Equal(31, error.Position!.Value.Column);
    }

    [Theory]
    [InlineData("MATCH (n:Person) RETURN n.name ORDER BY n.name OFFSET 1 LIMIT 1", "'Carlos Prats'")]
    [InlineData("MATCH (n:Person) WITH n ORDER BY n.name OFFSET 2 RETURN n.name", "'Salvador Allende'")]
    [InlineData("MATCH (n:Person) RETURN n.name ORDER BY n.name OFFSET 5", "")]
    public async Task Offset_skips_rows_like_skip(string query, string expected)
    {
        Assert.Equal(Split(expected), await Rows(query));
    }

    [Fact]
    public async Task Offset_takes_a_parameter()
    {
        var rows = await Rows("MATCH (n:Person) RETURN n.name ORDER BY n.name OFFSET $offset LIMIT $limit",
            new Dictionary<string, object?> { ["offset"] = 1L, ["limit"] = 5L });

        Assert.Equal(["'Carlos Prats'", "'Salvador Allende'"], rows);
    }

    [Theory]
    [InlineData("CREATE (n:Person|Party)", "InvalidLabelExpression")]
    [InlineData("MERGE (n:Person WHERE n.born = 1908)", "InvalidPatternPredicate")]
    [InlineData("MATCH (a:Person) CREATE (a)-[:LED|SERVED]->(:Junta)", "NoSingleRelationshipType")]
    [InlineData("MATCH (a:Person) CREATE (a)-[:!LED]->(:Junta)", "NoSingleRelationshipType")]
    public async Task A_write_with_a_forbidden_pattern_fails_and_leaves_the_graph_as_it_was(string query, string detail)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => _harness.WriteAsync(query));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal(detail, error.Detail);
        Assert.Equal(["7, 5"], await Rows("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r)"));
    }

    [Fact]
    public async Task Create_accepts_labels_joined_by_ampersand()
    {
        await _harness.WriteAsync("CREATE (:Person&Minister {name: 'Orlando Letelier'})");

        Assert.Equal(["'Orlando Letelier'"], await Rows("MATCH (n:Minister&Person) RETURN n.name"));
    }

    private static string[] Split(string expected) => expected.Length == 0 ? [] : expected.Split('|');
}
