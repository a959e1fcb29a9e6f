using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.CypherConsole;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;
using Xunit;

namespace Chile1973.Graph.Web.Tests.CypherConsole;

/// <summary>The console's row and time limits and its cancellation, on the embedded engine with small limits.</summary>
public sealed class StreamCypherLimitsTests : IAsyncLifetime
{
    // Four-fold cross product of the article graph: billions of rows to count, far past any limit here.
    private const string HeavyQuery = "MATCH (a), (b), (c), (d) RETURN count(*) AS n";

    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly WatchedEngine.Watch watch = new();
    private ExplorerAppFactory limited = null!;
    private ExplorerAppFactory patient = null!;

    public ValueTask InitializeAsync()
    {
        limited = new ExplorerAppFactory(settings: new Dictionary<string, string?>
        {
            ["Console:RowLimit"] = "5",
            ["Console:BatchSize"] = "2",
            ["Console:Timeout"] = "00:00:01",
        });
        patient = new ExplorerAppFactory(
            engine => new WatchedEngine(engine, watch),
            new Dictionary<string, string?> { ["Console:Timeout"] = "00:05:00" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await limited.DisposeAsync();
        await patient.DisposeAsync();
    }

    [Fact]
    public async Task StreamCypher_stops_at_the_row_limit_and_says_the_result_was_truncated()
    {
        await using var connection = await limited.ConnectAsync(Token);

        var chunks = await connection.ReadCypherAsync("UNWIND range(1, 100) AS i RETURN i", null, Token);

        Assert.Equal(["1", "2", "3", "4", "5"], chunks.Rows().Select(r => r[0]));
        Assert.True(chunks.Count(c => c.Rows is not null) >= 3, "rows come in batches of the configured size");
        Assert.Equal(new ConsoleSummary(5, chunks[^1].Summary!.Ms, true, 5, 1), chunks[^1].Summary);
    }

    [Fact]
    public async Task StreamCypher_shows_every_row_of_a_result_within_the_limit_as_not_truncated()
    {
        await using var connection = await limited.ConnectAsync(Token);

        var chunks = await connection.ReadCypherAsync("UNWIND range(1, 5) AS i RETURN i", null, Token);

        Assert.Equal(5, chunks.Rows().Count);
        Assert.False(chunks[^1].Summary!.Truncated);
    }

    [Fact]
    public async Task StreamCypher_ends_a_query_past_the_time_limit_with_an_error_naming_the_limit()
    {
        await using var connection = await limited.ConnectAsync(Token);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.ReadCypherAsync(HeavyQuery, null, Token));

        Assert.Contains("time limit", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cancelling_a_console_query_stops_it_in_the_engine_and_other_clients_are_served_meanwhile()
    {
        await using var heavy = await patient.ConnectAsync(Token);
        await using var other = await patient.ConnectAsync(Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var running = heavy.ReadCypherAsync(HeavyQuery, null, cancel.Token);
        var queryToken = await watch.Started.WaitAsync(TimeSpan.FromSeconds(30), Token);

        var hits = await other.InvokeAsync<List<SearchHit>>("Search", "allende", 5, Token);
        var answer = await other.ReadCypherAsync("RETURN 1 AS one", null, Token);
        Assert.NotEmpty(hits);
        Assert.Equal("1", answer.Rows().Single()[0]);
        Assert.False(running.IsCompleted, "the heavy query should still be running");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await watch.WaitStoppedAsync(TimeSpan.FromSeconds(30), Token);
        Assert.True(queryToken.IsCancellationRequested, "the engine's token was not cancelled");
        Assert.False(watch.StartedOnPool, "a console query must not compute on the thread pool that serves every other reader");
    }

    [Theory]
    [InlineData("Console:Threads", "0")]
    [InlineData("Console:RowLimit", "0")]
    [InlineData("Console:Timeout", "00:00:00")]
    public void A_console_limit_that_is_not_positive_stops_the_app_naming_the_settings(string key, string value)
    {
        using var factory = new ExplorerAppFactory(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.BaseAddress);

        Assert.Contains("Console:RowLimit, BatchSize, Timeout and Threads must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_one_console_thread_a_second_query_waits_for_the_first_and_runs_once_it_is_cancelled()
    {
        await using var single = new ExplorerAppFactory(
            engine => new WatchedEngine(engine, watch),
            new Dictionary<string, string?> { ["Console:Timeout"] = "00:05:00", ["Console:Threads"] = "1" });
        await using var heavy = await single.ConnectAsync(Token);
        await using var second = await single.ConnectAsync(Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var running = heavy.ReadCypherAsync(HeavyQuery, null, cancel.Token);
        await watch.Started.WaitAsync(TimeSpan.FromSeconds(30), Token);

        var waiting = second.ReadCypherAsync("RETURN 'after' AS answer", null, Token);
        var hits = await second.InvokeAsync<List<SearchHit>>("Search", "allende", 5, Token);
        await Task.Delay(TimeSpan.FromSeconds(1), Token);
        Assert.NotEmpty(hits);
        Assert.False(waiting.IsCompleted, "the second console query ran while the only console thread was busy");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        var answer = await waiting.WaitAsync(TimeSpan.FromSeconds(30), Token);
        Assert.Equal("'after'", answer.Rows().Single()[0]);
    }
}

/// <summary>The real engine; the console's count query is watched: its token handed out on start, its cursor's end signalled.</summary>
internal sealed class WatchedEngine(ICypherEngine inner, WatchedEngine.Watch watch) : ICypherEngine
{
    public string Name => inner.Name;

    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        if (!query.Text.StartsWith("MATCH (a), (b)", StringComparison.Ordinal))
        {
            return await inner.RunAsync(query, options, cancellationToken);
        }

        // An aggregate may be computed before the first record is asked for, so the watch starts before the engine does.
        watch.Begin(cancellationToken);
        try
        {
            return new WatchedCursor(await inner.RunAsync(query, options, cancellationToken), watch);
        }
        catch
        {
            watch.End();
            throw;
        }
    }

    public sealed class Watch
    {
        private readonly TaskCompletionSource<CancellationToken> started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<CancellationToken> Started => started.Task;

        /// <summary>Whether the query was started on a thread-pool thread.</summary>
        public bool StartedOnPool { get; private set; }

        /// <summary>Waits for the query to end; a timeout says whether the engine was ever asked to stop it.</summary>
        public async Task WaitStoppedAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            try
            {
                await stopped.Task.WaitAsync(timeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                var asked = started.Task.IsCompletedSuccessfully && started.Task.Result.IsCancellationRequested;
                throw new TimeoutException(asked
                    ? $"The engine's token was cancelled but the query had not ended after {timeout}."
                    : $"The query's token was never cancelled within {timeout}: the cancel did not reach the engine.");
            }
        }

        public void Begin(CancellationToken token)
        {
            StartedOnPool = Thread.CurrentThread.IsThreadPoolThread;
            started.TrySetResult(token);
        }

        public void End() => stopped.TrySetResult();
    }

    private sealed class WatchedCursor(ICypherCursor inner, Watch watch) : ICypherCursor
    {
        public IReadOnlyList<string> Keys => inner.Keys;

        public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default) => inner.ConsumeAsync(cancellationToken);

        public async IAsyncEnumerator<CypherRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var record in inner.WithCancellation(cancellationToken))
                {
                    yield return record;
                }
            }
            finally
            {
                watch.End();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            watch.End();
        }
    }
}
