using System.Text;
using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests;

public sealed class EngineTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Query_is_posted_to_the_database_endpoint_with_auth_typed_media_type_and_read_mode()
    {
        await using var server = await FaultServer.StartAsync(Fault.Ok(TestFiles.Text("typed-response-node.json")));
        var options = Engines.FastOptions(server.Uri);
        options.Database = "chile";
        using var engine = Engines.Create(options);

        await using var cursor = await engine.RunAsync(
            new CypherQuery("MATCH (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil" }),
            QueryOptions.Read with { Bookmarks = ["FB:before"] }, Token);
        var summary = await cursor.ConsumeAsync(Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/chile/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Headers.Authorization.ToString());
        Assert.StartsWith("application/vnd.neo4j.query", request.Headers.Accept.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.neo4j.query.v1.1", request.Headers.ContentType.ToString());
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        Assert.Equal("FB:before", body.RootElement.GetProperty("bookmarks")[0].GetString());
        Assert.Equal("Phil", body.RootElement.GetProperty("parameters").GetProperty("name").GetProperty("_value").GetString());
        Assert.Equal(["person", "name"], cursor.Keys);
        Assert.Equal("neo4j", summary.Engine);
        Assert.Equal("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q", summary.Bookmark);
    }

    [Fact]
    public async Task More_rows_than_allowed_is_a_limit_error_not_a_silent_cut()
    {
        const string twoRows = """{"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "1"}], [{"$type": "Integer", "_value": "2"}]]}}""";
        await using var server = await FaultServer.StartAsync(Fault.Ok(twoRows));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(
            () => engine.RunAsync(new CypherQuery("UNWIND [1, 2] AS n RETURN n"), QueryOptions.Read with { MaxRows = 1 }, Token));

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public async Task Explicit_transaction_runs_and_commits_on_the_transaction_paths_echoing_the_affinity_header()
    {
        const string opened = """{"data": {"fields": [], "values": []}, "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""";
        const string ran = """{"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "7"}]]}, "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""";
        const string committed = """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:committed"]}""";
        await using var server = await FaultServer.StartAsync(
            new Fault(202, opened, Affinity: "MTAuOC41Ljc6MTc0NzQ="), Fault.Ok(ran), Fault.Ok(committed));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        await using var tx = await engine.BeginTransactionAsync(cancellationToken: Token);
        await using var cursor = await tx.RunAsync(new CypherQuery("CREATE (n:T) RETURN 7 AS n"), Token);
        var summary = await tx.CommitAsync(Token);

        Assert.Equal("lyU", tx.Id);
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU/commit"], server.Requests.Select(r => r.Path));
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Headers["neo4j-cluster-affinity"].ToString()));
        Assert.Equal("FB:committed", summary.Bookmark);
    }

    [Fact]
    public async Task Explicit_transaction_disposed_without_commit_is_rolled_back()
    {
        const string opened = """{"data": {"fields": [], "values": []}, "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""";
        await using var server = await FaultServer.StartAsync(Fault.Ok(opened), Fault.Ok("""{"data": {"fields": [], "values": []}}"""));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        await using (await engine.BeginTransactionAsync(cancellationToken: Token))
        {
        }

        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/lyU"), (server.Requests[1].Method, server.Requests[1].Path.ToString()));
    }

    [Fact]
    public async Task Transaction_step_is_never_retried_on_its_own()
    {
        const string opened = """{"data": {"fields": [], "values": []}, "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""";
        await using var server = await FaultServer.StartAsync(Fault.Ok(opened), Fault.Unavailable, Fault.Ok(Engines.OneRow));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));
        await using var tx = await engine.BeginTransactionAsync(cancellationToken: Token);

        await Assert.ThrowsAsync<CypherException>(() => tx.RunAsync(new CypherQuery("CREATE (:T)"), Token));

        Assert.Equal(2, server.Requests.Count);
    }
}
