using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Resilience;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Resilience;

public sealed class RetryTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_is_retried_through_503s_and_returns_the_rows()
    {
        await using var server = await FaultServer.StartAsync(Fault.Unavailable, Fault.Unavailable, Fault.Ok(Engines.OneRow));
        var log = new ListLogger<Neo4jResilience>();
        using var engine = Engines.Create(Engines.FastOptions(server.Uri), log);

        var rows = await ReadAll(engine, QueryOptions.Read);

        Assert.Equal(1L, Assert.Single(rows)[0]);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, log.Lines.Count(l => l.Contains($"Neo4j unreachable at {server.Uri}, retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Transient_error_body_is_retried_even_for_a_write()
    {
        const string unavailable = """{"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "The database is not currently available to serve your request."}]}""";
        await using var server = await FaultServer.StartAsync(Fault.Json(400, unavailable), Fault.Ok(Engines.OneRow));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var rows = await ReadAll(engine, QueryOptions.Write);

        Assert.Single(rows);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Syntax_error_is_not_retried_and_reports_its_position()
    {
        await using var server = await FaultServer.StartAsync(Fault.Json(400, TestFiles.Text("error-syntax.json")));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Read));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal(new SourcePosition(0, 1, 1), error.Position);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Bad_credentials_are_not_retried()
    {
        await using var server = await FaultServer.StartAsync(Fault.Json(401, TestFiles.Text("error-bad-credentials.json")));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Read));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.StatusCode);
        Assert.Equal("Invalid username or password.", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Refused_connection_is_retried_then_reported_as_unreachable()
    {
        var closed = FaultServer.ClosedPort();
        var log = new ListLogger<Neo4jResilience>();
        using var engine = Engines.Create(Engines.FastOptions(closed), log);

        var error = await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Read));

        Assert.Equal(CypherErrorKind.Unavailable, error.Kind);
        Assert.StartsWith($"Neo4j unreachable at {closed}", error.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, log.Lines.Count(l => l.Contains($"Neo4j unreachable at {closed}, retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Refused_connection_is_retried_for_a_write_since_it_never_ran()
    {
        var log = new ListLogger<Neo4jResilience>();
        using var engine = Engines.Create(Engines.FastOptions(FaultServer.ClosedPort()), log);

        await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Write));

        Assert.Equal(3, log.Lines.Count(l => l.Contains("retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Connection_reset_is_retried_for_a_read_but_not_for_a_write()
    {
        await using var server = await FaultServer.StartAsync(Fault.Reset, Fault.Ok(Engines.OneRow), Fault.Reset, Fault.Ok(Engines.OneRow));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var read = await ReadAll(engine, QueryOptions.Read);
        var write = await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Write));

        Assert.Single(read);
        Assert.Equal(CypherErrorKind.Unavailable, write.Kind);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Idempotent_write_is_retried_after_a_reset()
    {
        await using var server = await FaultServer.StartAsync(Fault.Reset, Fault.Ok(Engines.OneRow));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        await using var cursor = await engine.RunIdempotentAsync(new CypherQuery("MERGE (n:T {id: 1})"), QueryOptions.Write, Token);
        await cursor.ConsumeAsync(Token);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Gateway_timeout_is_retried_for_a_read_but_not_for_a_write()
    {
        await using var server = await FaultServer.StartAsync(new Fault(504, "gateway timeout"), Fault.Ok(Engines.OneRow), new Fault(504, "gateway timeout"));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        await ReadAll(engine, QueryOptions.Read);
        var write = await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Write));

        Assert.Contains("HTTP 504", write.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Slow_answer_times_the_attempt_out_and_the_retry_succeeds()
    {
        await using var server = await FaultServer.StartAsync(Fault.Slow(TimeSpan.FromSeconds(30), Engines.OneRow), Fault.Ok(Engines.OneRow));
        var options = Engines.FastOptions(server.Uri);
        options.RequestTimeout = TimeSpan.FromSeconds(2);
        using var engine = Engines.Create(options);

        var rows = await ReadAll(engine, QueryOptions.Read);

        Assert.Single(rows);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Malformed_JSON_in_a_success_is_not_retried()
    {
        await using var server = await FaultServer.StartAsync(Fault.Ok("""{"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": """));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));

        var error = await Assert.ThrowsAsync<CypherException>(() => ReadAll(engine, QueryOptions.Read));

        Assert.Equal(CypherErrorKind.Unavailable, error.Kind);
        Assert.Equal("ProtocolError", error.Detail);
        Assert.Contains("not Query API JSON", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Run_time_error_after_rows_surfaces_while_the_cursor_is_read()
    {
        const string body = """
            {"data": {"fields": ["f"], "values": [[{"$type": "Integer", "_value": "0"}], [{"$type": "Integer", "_value": "0"}]]},
             "errors": [{"code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero"}]}
            """;
        await using var server = await FaultServer.StartAsync(Fault.Ok(body));
        using var engine = Engines.Create(Engines.FastOptions(server.Uri));
        await using var cursor = await engine.RunAsync(new CypherQuery("UNWIND range(5, 0, -1) AS N RETURN 3/N AS f"), QueryOptions.Read, Token);

        var seen = 0;
        var error = await Assert.ThrowsAsync<CypherException>(async () =>
        {
            await foreach (var _ in cursor.WithCancellation(Token))
            {
                seen++;
            }
        });

        Assert.Equal(2, seen);
        Assert.Equal(CypherErrorKind.ArgumentError, error.Kind);
        Assert.Equal(CypherErrorPhase.Runtime, error.Phase);
    }

    internal static async Task<List<object?[]>> ReadAll(Neo4jCypherEngine engine, QueryOptions options)
    {
        await using var cursor = await engine.RunAsync(new CypherQuery("RETURN 1 AS n"), options, Token);
        var rows = new List<object?[]>();
        await foreach (var record in cursor.WithCancellation(Token))
        {
            rows.Add([.. record.Values]);
        }

        return rows;
    }
}
