using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Core.Values.Temporal;
using Chile1973.Graph.Neo4j.Testing;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.StandIn;

/// <summary>The Neo4j engine against the stand-in: values, errors and auth as the Query API documents them.</summary>
public sealed class QueryApiStandInTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("MATCH p = (a {id: 'salvador_allende'})-[:MEMBER_OF]->(b)-[:MEMBER_OF]->(c) RETURN p, a, relationships(p)[0] AS r")]
    [InlineData("RETURN date('1973-09-11') AS d, datetime('1973-09-11T09:30:00-04:00[America/Santiago]') AS zoned, localtime('12:50:35.556') AS t, duration('P14DT16H12M') AS span")]
    [InlineData("RETURN 0.1 AS small, 1.0E-5 AS tiny, 3.2E9 AS large, -2.5 AS negative, 42 AS answer, null AS nothing, true AS yes")]
    [InlineData("RETURN [1, 'two', [3.0], {four: date('2024-02-29')}] AS list, {name: 'x', tags: ['a', 'b']} AS map")]
    [InlineData("UNWIND $rows AS row RETURN row.id AS id, row.when AS day, row.weights AS weights")]
    public async Task Neo4j_engine_reads_the_same_values_as_the_embedded_engine_over_the_same_graph(string cypher)
    {
        await using var standIn = await QueryApiStandIn.StartAsync(GraphStore.Load(SampleGraph.Create()), cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var parameters = new Dictionary<string, object?>
        {
            ["rows"] = new List<object?>
            {
                new Dictionary<string, object?> { ["id"] = 7L, ["when"] = CypherDate.Parse("1970-09-04"), ["weights"] = new List<object?> { 0.5, 1e-4 } },
            },
        };
        var query = new CypherQuery(cypher, parameters);

        var overHttp = await Render(engine, query);
        var embedded = await Render(standIn.Engine, query);

        Assert.NotEmpty(embedded);
        Assert.Equal(embedded, overHttp);
    }

    [Fact]
    public async Task Write_in_read_mode_fails_with_neo4j_access_mode_error_and_leaves_the_graph_as_it_was()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());

        var error = await Assert.ThrowsAsync<CypherException>(() => engine.RunAsync(new CypherQuery("CREATE (:Person {id: 'x'})"), QueryOptions.Read, Token));

        Assert.Equal((CypherErrorKind.AccessModeViolation, "Neo.ClientError.Statement.AccessMode"), (error.Kind, error.StatusCode));
        Assert.Equal(0, standIn.Store.NodeCount);
    }

    [Fact]
    public async Task Syntax_error_comes_back_with_the_code_and_position_of_the_embedded_parser()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());

        var error = await Assert.ThrowsAsync<CypherException>(() => engine.RunAsync(new CypherQuery("MATCH (n)\nRETRN n"), QueryOptions.Read, Token));

        Assert.Equal((CypherErrorKind.SyntaxError, "Neo.ClientError.Statement.SyntaxError"), (error.Kind, error.StatusCode));
        Assert.Equal(new SourcePosition(10, 2, 1), error.Position);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_401_and_is_not_retried()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions() is var options ? WithPassword(options, "wrong") : null!);

        var error = await Assert.ThrowsAsync<CypherException>(() => engine.VerifyConnectivityAsync(Token));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.StatusCode);
        Assert.Contains("Invalid username or password", error.Message, StringComparison.Ordinal);
        Assert.Single(standIn.Requests);
    }

    [Fact]
    public async Task Plain_json_client_gets_plain_values_and_may_send_plain_parameters()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(GraphStore.Load(SampleGraph.Create()), cancellationToken: Token);
        using var http = new HttpClient();
        using var request = Request(standIn,
            """{"statement": "MATCH (n {id: $id}) RETURN n, n.start AS start, $n + 1 AS next", "parameters": {"id": "salvador_allende", "n": 41}}""", "application/json");

        using var response = await http.SendAsync(request, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var row = Assert.Single(body.RootElement.GetProperty("data").GetProperty("values").EnumerateArray());
        Assert.Equal("Person", row[0].GetProperty("labels")[0].GetString());
        Assert.Equal("Salvador Allende", row[0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("1908", row[1].GetString());
        Assert.Equal(42, row[2].GetInt64());
        Assert.StartsWith("FB:", body.RootElement.GetProperty("bookmarks")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_json_client_gets_values_written_as_typed_json_adoc_shows_them()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(GraphStore.Load(SampleGraph.Create()), cancellationToken: Token);
        using var http = new HttpClient();
        using var request = Request(standIn, """
            {"statement": "MATCH (n {id: $id}) SET n.visits = 1 RETURN n, 3.2E9 AS large, 0.1 AS small, 1.0E-5 AS tiny, 2.0 AS whole, 42 AS answer, date('1973-09-11') AS coup",
             "parameters": {"id": {"$type": "String", "_value": "salvador_allende"}}, "includeCounters": true}
            """, "application/vnd.neo4j.query");

        using var response = await http.SendAsync(request, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var row = Assert.Single(body.RootElement.GetProperty("data").GetProperty("values").EnumerateArray());
        Assert.Equal("Node", row[0].GetProperty("$type").GetString());
        Assert.Equal("Person", row[0].GetProperty("_value").GetProperty("_labels")[0].GetString());
        Assert.Equal("Salvador Allende", row[0].GetProperty("_value").GetProperty("_properties").GetProperty("name").GetProperty("_value").GetString());
        Assert.Equal(
            ["Float:3.2E9", "Float:0.1", "Float:1.0E-5", "Float:2.0", "Integer:42", "Date:1973-09-11"],
            row.EnumerateArray().Skip(1).Select(v => $"{v.GetProperty("$type").GetString()}:{v.GetProperty("_value").GetString()}"));
        Assert.Equal(1, body.RootElement.GetProperty("counters").GetProperty("propertiesSet").GetInt32());
        Assert.True(body.RootElement.GetProperty("counters").GetProperty("containsUpdates").GetBoolean());
    }

    [Fact]
    public async Task Runtime_error_after_rows_is_answered_202_with_the_rows_and_the_error()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var http = new HttpClient();
        using var request = Request(standIn, """{"statement": "UNWIND [1, 2, 0] AS n RETURN 6 / n AS f", "accessMode": "Read"}""", "application/json");

        using var response = await http.SendAsync(request, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal([6L, 3L], body.RootElement.GetProperty("data").GetProperty("values").EnumerateArray().Select(r => r[0].GetInt64()));
        Assert.StartsWith("Neo.ClientError.Statement.", body.RootElement.GetProperty("errors")[0].GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Neo.ClientError.Security.Unauthorized", "No authentication header supplied.")]
    [InlineData("Basic bmVvNGo6dmVyeXNlY3JldA==", "Neo.ClientError.Security.Unauthorized", "Invalid username or password.")]
    [InlineData("Bearer abc", "Neo.ClientError.Request.InvalidFormat", "Invalid authentication header.")]
    public async Task Request_without_valid_credentials_is_answered_401_with_the_documented_error_body(string? authorization, string code, string message)
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var http = new HttpClient();
        using var request = Request(standIn, """{"statement": "CREATE (:Person {id: 'x'})"}""", "application/json");
        request.Headers.Authorization = authorization is null ? null : AuthenticationHeaderValue.Parse(authorization);

        using var response = await http.SendAsync(request, Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal((code, message), (error.GetProperty("code").GetString(), error.GetProperty("message").GetString()));
        Assert.Equal(0, standIn.Store.NodeCount);
    }

    [Fact]
    public async Task Unknown_database_is_not_found()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        var options = standIn.ClientOptions();
        options.Database = "elsewhere";
        using var engine = Neo4jEngineFactory.Create(options);

        var error = await Assert.ThrowsAsync<CypherException>(() => engine.VerifyConnectivityAsync(Token));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.StatusCode);
    }

    private static HttpRequestMessage Request(QueryApiStandIn standIn, string json, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(standIn.Uri, "db/neo4j/query/v2"))
        {
            Content = new StringContent(json, Encoding.UTF8, mediaType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{standIn.User}:{standIn.Password}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        return request;
    }

    private static Neo4jOptions WithPassword(Neo4jOptions options, string password)
    {
        options.Password = password;
        return options;
    }

    private static async Task<List<string>> Render(ICypherEngine engine, CypherQuery query)
    {
        var rows = new List<string>();
        await using var cursor = await engine.RunAsync(query, QueryOptions.Read, Token);
        await foreach (var record in cursor.WithCancellation(Token))
        {
            rows.Add(string.Join(" | ", record.Keys.Zip(record.Values, (k, v) => $"{k}={CypherValues.TypeName(v)}:{CypherValues.ToLiteral(v)}")));
        }

        return rows;
    }
}
