using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>The limits each connection is held to, whatever its client sends (HubLimits settings, applied to every hub method).</summary>
public sealed class HubLimitsTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task Calls_beyond_the_allowance_are_refused_with_a_clear_error_and_allowed_again_later()
    {
        await using var factory = Explorer(("HubLimits:CallsPerSecond", "1"), ("HubLimits:CallBurst", "5"));
        await using var connection = await factory.ConnectAsync(Token);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TrySearchAsync(connection)));

        // The burst, plus one a second while the server works through the twenty.
        Assert.InRange(outcomes.Count(o => o is null), 5, 10);
        Assert.All(outcomes.Where(o => o is not null), message => Assert.Equal(
            "Too many calls: at most 1 per second on one connection (5 at once). Wait a moment and try again.", message));
        await Task.Delay(TimeSpan.FromSeconds(1.5), Token);
        Assert.Null(await TrySearchAsync(connection));
    }

    [Fact]
    public async Task A_connection_cannot_hold_more_streams_open_than_its_cap_and_may_open_more_once_they_end()
    {
        var gate = new GatedEngine.Gate("$frontier");
        // The gate holds every ring's query from the start, so the app's own warm-up walks would wait at it too.
        await using var factory = Explorer(engine => new GatedEngine(engine, gate), ("HubLimits:MaxConcurrentStreams", "2"), ("Graph:WarmUp", "00:00:00"));
        await using var connection = await factory.ConnectAsync(Token);
        var held = new[] { connection.ReadNeighbourhoodAsync(facts.Person.Id, 1, 50, Token), connection.ReadNeighbourhoodAsync(facts.Coup.Id, 1, 50, Token) };
        await gate.WaitForAsync(2, Token);

        var third = await Assert.ThrowsAsync<HubException>(() => connection.ReadNeighbourhoodAsync(facts.Party.Id, 1, 50, Token));

        Assert.EndsWith("Too many open streams: at most 2 at once on one connection. Close one first.", third.Message, StringComparison.Ordinal);
        gate.Open();
        Assert.All(await Task.WhenAll(held), rings => Assert.Equal(1, rings[0].Ring));
        Assert.NotEmpty(await connection.ReadNeighbourhoodAsync(facts.Party.Id, 1, 50, Token));
    }

    [Fact]
    public async Task A_text_argument_over_the_length_cap_is_refused_naming_the_argument_and_the_connection_stays_usable()
    {
        await using var factory = Explorer(("HubLimits:MaxArgumentLength", "100"));
        await using var connection = await factory.ConnectAsync(Token);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<List<SearchHit>>("Search", new string('a', 101), 5, Token));

        Assert.EndsWith("text is too long: at most 100 characters; it has 101.", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await connection.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_that_connection_naming_the_limit_while_others_keep_working()
    {
        var logs = new RecordedLogs();
        await using var factory = new ExplorerAppFactory(settings: new() { ["HubLimits:MaxMessageBytes"] = "4096" }, logs: logs);
        await using var flooder = await factory.ConnectAsync(Token);
        await using var reader = await factory.ConnectAsync(Token);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        flooder.Closed += e => Task.FromResult(closed.TrySetResult(e));
        var flooderId = flooder.ConnectionId;

        var huge = flooder.InvokeAsync<List<SearchHit>>("Search", new string('x', 10_000), 5, Token);

        const string Reason = "A message from this connection is larger than the 4096 bytes the server reads.";
        var failed = await Assert.ThrowsAnyAsync<Exception>(() => huge);
        var closedWith = await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.Equal((typeof(HubException), $"The server closed the connection with the following error: Connection closed with an error. HubException: {Reason}"),
            (closedWith?.GetType(), closedWith?.Message));
        Assert.Equal((typeof(HubException), closedWith!.Message), (failed.GetType(), failed.Message));
        Assert.Equal(HubConnectionState.Disconnected, flooder.State);
        await logs.WaitForAsync(e => e.Level == LogLevel.Warning && e.Message == $"Closed connection {flooderId}: {Reason}", Token);
        Assert.Contains(await reader.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token), h => h.Id == facts.Person.Id);
    }

    [Fact]
    public async Task A_connection_that_keeps_calling_while_refused_is_dropped()
    {
        await using var factory = Explorer(("HubLimits:CallsPerSecond", "1"), ("HubLimits:CallBurst", "1"), ("HubLimits:RefusalsBeforeDrop", "10"));
        await using var connection = await factory.ConnectAsync(Token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ => Task.FromResult(closed.TrySetResult());

        for (var i = 0; i < 100 && connection.State == HubConnectionState.Connected; i++)
        {
            await TrySearchAsync(connection);
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task A_dropped_connection_is_logged_once_as_dropped_and_its_refused_calls_are_not_logged_as_server_errors()
    {
        var logs = new RecordedLogs();
        await using var factory = new ExplorerAppFactory(
            settings: new() { ["HubLimits:CallsPerSecond"] = "1", ["HubLimits:CallBurst"] = "1", ["HubLimits:RefusalsBeforeDrop"] = "10" }, logs: logs);
        await using var connection = await factory.ConnectAsync(Token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ => Task.FromResult(closed.TrySetResult());

        // Many calls in flight at once, as a flooder keeps them: several are still refused after the one that drops it.
        await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => TrySearchAsync(connection)));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);

        await logs.WaitForAsync(e => e.Message.StartsWith("Dropped connection", StringComparison.Ordinal), Token);
        var entries = logs.Entries;
        Assert.Single(entries, e => e.Message.StartsWith("Dropped connection", StringComparison.Ordinal) && e.Level == LogLevel.Warning);
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_dropped_address_is_turned_away_for_the_pause_while_connections_already_open_keep_working()
    {
        await using var factory = Explorer(
            ("HubLimits:CallsPerSecond", "1"), ("HubLimits:CallBurst", "1"), ("HubLimits:RefusalsBeforeDrop", "10"), ("HubLimits:DroppedAddressPause", "00:00:03"));
        await using var reader = await factory.ConnectAsync(Token);
        await using var flooder = await factory.ConnectAsync(Token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flooder.Closed += _ => Task.FromResult(closed.TrySetResult());
        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => TrySearchAsync(flooder)));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);

        using var http = new HttpClient { BaseAddress = factory.BaseAddress };
        using var turnedAway = await http.PostAsync(new Uri("hubs/graph/negotiate?negotiateVersion=1", UriKind.Relative), null, Token);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, turnedAway.StatusCode);
        Assert.InRange(turnedAway.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3);
        Assert.StartsWith("A connection from this address was just dropped", await turnedAway.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => factory.ConnectAsync(Token));
        // The reader connected before the drop keeps its connection and its answers (its own allowance refills at 1 a second).
        await Task.Delay(TimeSpan.FromSeconds(1.1), Token);
        Assert.Null(await TrySearchAsync(reader));

        await Task.Delay(TimeSpan.FromSeconds(3), Token);
        await using var later = await factory.ConnectAsync(Token);
        Assert.Equal(HubConnectionState.Connected, later.State);
    }

    [Fact]
    public async Task A_dropped_address_may_connect_again_at_once_when_the_pause_is_off()
    {
        await using var factory = Explorer(
            ("HubLimits:CallsPerSecond", "1"), ("HubLimits:CallBurst", "1"), ("HubLimits:RefusalsBeforeDrop", "10"), ("HubLimits:DroppedAddressPause", "00:00:00"));
        await using var flooder = await factory.ConnectAsync(Token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flooder.Closed += _ => Task.FromResult(closed.TrySetResult());
        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => TrySearchAsync(flooder)));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);

        await using var again = await factory.ConnectAsync(Token);

        Assert.Equal(HubConnectionState.Connected, again.State);
    }

    [Theory]
    [InlineData("HubLimits:DroppedAddressPause", "-00:00:01", "HubLimits:DroppedAddressPause must not be negative")]
    [InlineData("HubLimits:RefusalsBeforeDrop", "0", "HubLimits:RefusalsBeforeDrop must be positive")]
    public void A_limit_that_cannot_work_stops_the_app_naming_the_setting(string key, string value, string expected)
    {
        using var factory = Explorer((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.BaseAddress);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static async Task<string?> TrySearchAsync(HubConnection connection)
    {
        try
        {
            await connection.InvokeAsync<List<SearchHit>>("Search", "allende", 5, Token);
            return null;
        }
        catch (HubException e)
        {
            return e.Message[(e.Message.IndexOf("HubException: ", StringComparison.Ordinal) is var at and >= 0 ? at + 14 : 0)..];
        }
        catch (Exception e) when (e is InvalidOperationException or TaskCanceledException or IOException)
        {
            return e.Message;
        }
    }

    private static ExplorerAppFactory Explorer(params (string Key, string Value)[] settings) => Explorer(null, settings);

    private static ExplorerAppFactory Explorer(Func<Core.Querying.ICypherEngine, Core.Querying.ICypherEngine>? wrap, params (string Key, string Value)[] settings) =>
        new(wrap, settings.ToDictionary(s => s.Key, s => (string?)s.Value));
}
