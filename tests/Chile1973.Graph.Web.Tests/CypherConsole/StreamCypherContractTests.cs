using System.Text.Json;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.CypherConsole;

/// <summary>
/// The console's hub contract, held to on both engines: the embedded engine and Neo4j over its Query API
/// (the stand-in), each loaded with the article graph.
/// </summary>
public sealed class StreamCypherContractTests(TwoEngineExplorers explorers) : TwoEngineHubTests(explorers)
{
    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StreamCypher_sends_columns_first_then_rows_with_their_graph_elements_then_the_summary(string engine)
    {
        var chunks = await Connection(engine).ReadCypherAsync(
            "MATCH (p:Person)-[r:MEMBER_OF]->(party:Party {id: $party}) RETURN p.name AS name, p, r, party ORDER BY name",
            new Dictionary<string, object?> { ["party"] = "socialist_party" }, Token);

        Assert.Equal(["name", "p", "r", "party"], chunks[0].Columns!);
        Assert.Null(chunks[0].Rows);
        Assert.All(chunks[1..], c => Assert.Null(c.Columns));
        Assert.All(chunks[..^1], c => Assert.Null(c.Summary));
        var rows = chunks.Rows();
        Assert.Contains(rows, r => r[0] == "'Salvador Allende'" && r[1].StartsWith("(:Person {", StringComparison.Ordinal) && r[2].StartsWith("[:MEMBER_OF", StringComparison.Ordinal));
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), rows.Select(r => r[0]));
        var nodes = chunks.SelectMany(c => c.Nodes ?? []).Select(n => n.Data).ToList();
        var edges = chunks.SelectMany(c => c.Edges ?? []).Select(e => e.Data).ToList();
        Assert.Contains(nodes, n => n.Id == "salvador_allende" && n.Label == "Salvador Allende" && n.Kind == "Person");
        Assert.Contains(nodes, n => n.Id == "socialist_party" && n.Kind == "Party");
        Assert.Contains(edges, e => e.Source == "salvador_allende" && e.Target == "socialist_party" && e.Type == "MEMBER_OF" && !string.IsNullOrEmpty(e.Quote));
        Assert.Equal(nodes.Count, nodes.Select(n => n.Id).Distinct().Count());
        var summary = chunks[^1].Summary!;
        Assert.Equal(rows.Count, summary.Rows);
        Assert.False(summary.Truncated);
        Assert.Equal(1000, summary.RowLimit);
        Assert.Equal(10, summary.TimeLimitSeconds);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StreamCypher_prints_scalars_lists_maps_and_temporals_as_cypher_prints_them(string engine)
    {
        var chunks = await Connection(engine).ReadCypherAsync(
            "RETURN $n AS n, $f AS f, $s AS s, [1, 2.5, null] AS list, {b: true, a: 'x'} AS map, date('1973-09-11') AS day, duration('P1Y2M') AS span",
            new Dictionary<string, object?> { ["n"] = 42, ["f"] = 1.5, ["s"] = "it's" }, Token);

        Assert.Equal(["42", "1.5", "'it\\'s'", "[1, 2.5, null]", "{a: 'x', b: true}", "'1973-09-11'", "'P1Y2M'"], chunks.Rows().Single());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StreamCypher_draws_the_nodes_and_relationships_of_returned_paths(string engine)
    {
        var chunks = await Connection(engine).ReadCypherAsync(
            "MATCH path = (:Person {id: 'salvador_allende'})-[:MEMBER_OF]->(:Party) RETURN path", null, Token);

        var edges = chunks.SelectMany(c => c.Edges ?? []).Select(e => e.Data).ToList();
        var nodeIds = chunks.SelectMany(c => c.Nodes ?? []).Select(n => n.Data.Id).ToHashSet();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.True(nodeIds.Contains(e.Source) && nodeIds.Contains(e.Target), $"edge {e.Id} lacks an end"));
        Assert.StartsWith("<(:Person", chunks.Rows()[0][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embedded", "CREATE (:Person {id: 'intruder'})", "CREATE", "line 1, column 1")]
    [InlineData("neo4j", "CREATE (:Person {id: 'intruder'})", "CREATE", "line 1, column 1")]
    [InlineData("embedded", "MATCH (p:Person {id: 'salvador_allende'})\nSET p.name = 'x'", "SET", "line 2, column 1")]
    [InlineData("neo4j", "MATCH (p:Person {id: 'salvador_allende'})\nSET p.name = 'x'", "SET", "line 2, column 1")]
    [InlineData("embedded", "MERGE (:Party {id: 'new_party'})", "MERGE", "line 1, column 1")]
    [InlineData("neo4j", "MATCH (n) DETACH DELETE n", "DETACH", "line 1, column 11")]
    [InlineData("embedded", "MATCH (n:Person) REMOVE n:Person", "REMOVE", "line 1, column 18")]
    [InlineData("neo4j", "MATCH (n:Person) CALL (n) { SET n.x = 1 } RETURN count(*)", "SET", "line 1, column 29")]
    [InlineData("embedded", "CALL db.createLabel('Intruder')", "procedure db.createLabel", "line 1, column 1")]
    [InlineData("neo4j", "CALL apoc.create.node(['X'], {})", "procedure apoc.create.node", "line 1, column 1")]
    public async Task StreamCypher_refuses_a_write_before_it_runs_and_leaves_the_graph_unchanged(string engine, string query, string write, string position)
    {
        var connection = Connection(engine);
        var before = await GraphSizeAsync(connection);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.ReadCypherAsync(query, null, Token));

        Assert.Contains("The console is read-only", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{write} would change the graph", error.Message, StringComparison.Ordinal);
        Assert.Contains(position, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await GraphSizeAsync(connection));
    }

    [Fact]
    public async Task StreamCypher_sends_no_refused_write_to_neo4j()
    {
        await Assert.ThrowsAsync<HubException>(() => OnNeo4j.ReadCypherAsync("CREATE (:Marker {id: 'never_sent'})", null, Token));

        Assert.DoesNotContain(Explorers.Neo4jRequests, r => r.Statement.Contains("never_sent", StringComparison.Ordinal));
        Assert.All(Explorers.Neo4jRequests.Where(r => r.Statement.Contains("count(*) AS n", StringComparison.Ordinal)),
            r => Assert.Equal(Core.Querying.AccessMode.Read, r.Mode));
    }

    [Theory]
    [InlineData("embedded", "MATCH (n)\nRETRN n", "line 2, column 1")]
    [InlineData("neo4j", "MATCH (n)\nRETRN n", "line 2, column 1")]
    [InlineData("embedded", "MATCH (n) RETURN m", "line 1, column 18")]
    [InlineData("neo4j", "RETURN 'unclosed", "line 1, column 8")]
    public async Task StreamCypher_reports_a_syntax_error_at_its_line_and_column(string engine, string query, string position)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection(engine).ReadCypherAsync(query, null, Token));

        Assert.Contains(position, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StreamCypher_names_a_missing_parameter(string engine)
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection(engine).ReadCypherAsync("RETURN $who AS who", null, Token));

        Assert.Contains("who", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSchema_returns_the_same_labels_types_and_keys_on_both_engines()
    {
        var expected = await Embedded.InvokeAsync<GraphSchema>("GetSchema", Token);

        var actual = await OnNeo4j.InvokeAsync<GraphSchema>("GetSchema", Token);

        Assert.Contains("Person", expected.Labels);
        Assert.Contains("Party", expected.Labels);
        Assert.Contains("MEMBER_OF", expected.RelationshipTypes);
        Assert.Contains("quote", expected.PropertyKeys);
        Assert.Equal(expected.Labels.Order(StringComparer.Ordinal), expected.Labels);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }

    private static async Task<string> GraphSizeAsync(HubConnection connection) =>
        await connection.CountAsync("(n)", Token) + "/" + await connection.CountAsync("()-[r]->()", Token);
}
