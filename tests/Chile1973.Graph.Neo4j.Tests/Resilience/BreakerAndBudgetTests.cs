using System.Diagnostics;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Resilience;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Resilience;

public sealed class BreakerAndBudgetTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Breaker_opens_after_repeated_outages_and_then_fails_without_calling_the_server()
    {
        await using var server = await FaultServer.StartAsync(Fault.Unavailable);
        var log = new ListLogger<Neo4jResilience>();
        var options = Engines.FastOptions(server.Uri);
        options.MaxRetries = 0;
        options.BreakerMinimumThroughput = 3;
        options.BreakerBreakDuration = TimeSpan.FromSeconds(30);
        using var engine = Engines.Create(options, log);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<CypherException>(() => RetryTests.ReadAll(engine, QueryOptions.Read));
        }

        var callsBefore = server.Requests.Count;
        var error = await Assert.ThrowsAsync<CypherException>(() => RetryTests.ReadAll(engine, QueryOptions.Read));

        Assert.Equal(3, callsBefore);
        Assert.Equal(callsBefore, server.Requests.Count);
        Assert.Equal(CypherErrorKind.Unavailable, error.Kind);
        Assert.Equal("CircuitOpen", error.Detail);
        Assert.Contains(log.Lines, l => l.Contains("circuit open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_errors_never_open_the_breaker()
    {
        await using var server = await FaultServer.StartAsync(Fault.Json(400, TestFiles.Text("error-syntax.json")));
        var options = Engines.FastOptions(server.Uri);
        options.BreakerMinimumThroughput = 2;
        using var engine = Engines.Create(options);

        for (var i = 0; i < 5; i++)
        {
            var error = await Assert.ThrowsAsync<CypherException>(() => RetryTests.ReadAll(engine, QueryOptions.Read));
            Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        }

        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task Total_budget_stops_retrying_a_server_that_never_answers()
    {
        await using var server = await FaultServer.StartAsync(Fault.Slow(TimeSpan.FromMinutes(1), Engines.OneRow));
        var options = Engines.FastOptions(server.Uri);
        options.RequestTimeout = TimeSpan.FromMilliseconds(250);
        options.TotalTimeout = TimeSpan.FromMilliseconds(1000);
        options.MaxRetries = 100;
        using var engine = Engines.Create(options);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<CypherException>(() => RetryTests.ReadAll(engine, QueryOptions.Read));

        Assert.Equal(CypherErrorKind.Unavailable, error.Kind);
        Assert.Equal("TimeBudgetExceeded", error.Detail);
        Assert.Contains("1 s budget", error.Message, StringComparison.Ordinal);
        Assert.InRange(server.Requests.Count, 1, 5);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the budget, not the server, ended the query");
    }

    [Fact]
    public async Task Query_time_limit_is_a_limit_error_not_an_outage()
    {
        await using var server = await FaultServer.StartAsync(Fault.Slow(TimeSpan.FromMinutes(1), Engines.OneRow));
        var options = Engines.FastOptions(server.Uri);
        options.RequestTimeout = TimeSpan.FromSeconds(5);
        using var engine = Engines.Create(options);

        var error = await Assert.ThrowsAsync<CypherException>(
            () => RetryTests.ReadAll(engine, QueryOptions.Read with { Timeout = TimeSpan.FromMilliseconds(150) }));

        Assert.Equal(CypherErrorKind.LimitExceeded, error.Kind);
        Assert.InRange(server.Requests.Count, 0, 1);
    }

    [Fact]
    public async Task Caller_cancellation_stops_the_query_and_is_not_retried()
    {
        await using var server = await FaultServer.StartAsync(Fault.Slow(TimeSpan.FromMinutes(1), Engines.OneRow));
        var options = Engines.FastOptions(server.Uri);
        options.RequestTimeout = TimeSpan.FromSeconds(5);
        using var engine = Engines.Create(options);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(150));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => engine.RunAsync(new CypherQuery("RETURN 1"), QueryOptions.Read, cancel.Token));

        // At most the one attempt: a busy machine may cancel it before it reaches the server.
        Assert.InRange(server.Requests.Count, 0, 1);
    }
}
