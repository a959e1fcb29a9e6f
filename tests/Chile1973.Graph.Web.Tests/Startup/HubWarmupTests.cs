using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Startup;

/// <summary>
/// Once it listens, the app plays readers against its own hub before it says it is ready, so the hub's path is
/// compiled for the first readers; it keeps to the hub's limits, keeps none of its answers, and readiness waits for it.
/// </summary>
public sealed class HubWarmupTests
{
    private const int HubWarmedUp = 144;
    private const int HubWarmupFailed = 145;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_app_plays_readers_against_its_own_hub_within_its_limits_and_keeps_none_of_their_answers()
    {
        var counter = new TemplateCounter();
        var logs = new RecordedLogs();
        // Long enough for every reader to connect its eight times (a few seconds here): the warm-up ends on them.
        await using var app = new ExplorerAppFactory(e => new CountingEngine(e, counter), Settings("00:01:00"), logs: logs);
        app.StartServer();
        var walkedAtStart = counter.Count(ExplorerQueries.RingCandidates);

        await using var connection = await app.ConnectAsync(Token);
        await foreach (var _ in connection.StreamAsync<object>("StreamNeighbourhood", "coup_1973", 1, 80, Token))
        {
        }

        var warmed = Assert.Single(logs.Entries, e => e.EventId.Id == HubWarmedUp);
        var counts = Regex.Match(warmed.Message, @"^Warmed up the hub with [1-9]\d* calls by 32 readers on (?<connections>\d+) connections in \d+ ms$");
        Assert.True(counts.Success, warmed.Message);
        // Each reader connects anew every few moves, so a connection's own path is run as often as a walk's.
        Assert.True(int.Parse(counts.Groups["connections"].Value, CultureInfo.InvariantCulture) >= 32 * 8, warmed.Message);
        // Searched for more than one word: a search asked again is answered from the cache, its ranking left unrun.
        Assert.True(counter.Values(ExplorerQueries.Search, "query").Count > 1, string.Join(", ", counter.Values(ExplorerQueries.Search, "query")));
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id == HubWarmupFailed);
        Assert.True(walkedAtStart > 0, "the warm-up's readers expanded neighbourhoods through the hub");
        Assert.Equal(walkedAtStart + 1, counter.Count(ExplorerQueries.RingCandidates));
    }

    [Fact]
    public async Task Until_the_hub_is_warmed_up_readiness_says_the_explorer_is_warming_up_without_logging_an_error()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var port = FreePorts.Next();
        var settings = Settings("00:00:30");
        settings["Graph:WarmUp"] = "00:00:00";
        var logs = new RecordedLogs();
        await using var app = new ExplorerAppFactory(e => new HeldTemplateEngine(e, ExplorerQueries.Search, release.Task), settings, port, logs);
        var starting = Task.Run(app.StartServer, Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var warming = await Readiness.WaitAsync(client, r => r.StatusCode == HttpStatusCode.ServiceUnavailable, Token);
        release.SetResult();
        await starting.WaitAsync(TimeSpan.FromSeconds(60), Token);
        var ready = await Readiness.WaitAsync(client, r => r.IsSuccessStatusCode, Token);

        Assert.Contains("the explorer is warming up and takes readers in a moment", warming, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Degraded\"", warming, StringComparison.Ordinal);
        Assert.Contains("The embedded engine answers; the graph has", ready, StringComparison.Ordinal);
        // A start is no fault: an orchestrator's probes while the app warms up leave no error in the log.
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_hub_the_warm_up_cannot_reach_leaves_the_app_starting_and_ready()
    {
        // In memory, with no socket: the address the app reports (its configured Urls) answers nothing.
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Graph:HubWarmUp", "00:00:05"));
        using var client = app.CreateClient();

        using var ready = await client.GetAsync("/health/ready", Token);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5177", "http://127.0.0.1:5177/hubs/graph")]
    [InlineData("http://localhost:5000", "http://localhost:5000/hubs/graph")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/hubs/graph")]
    [InlineData("http://[::]:80", "http://127.0.0.1/hubs/graph")]
    [InlineData("http://0.0.0.0:5000/", "http://127.0.0.1:5000/hubs/graph")]
    [InlineData("http://[::1]:5001", "http://[::1]:5001/hubs/graph")]
    public void The_warm_up_reaches_the_hub_at_the_address_the_app_listens_on(string address, string expected) =>
        Assert.Equal(new Uri(expected), HubWarmup.LocalHubUrl([address]));

    [Fact]
    public void An_app_that_listens_only_on_https_is_not_warmed_through_its_hub() =>
        Assert.Null(HubWarmup.LocalHubUrl(["https://localhost:5001"]));

    private static Dictionary<string, string?> Settings(string hubWarmUp) => new() { ["Graph:HubWarmUp"] = hubWarmUp };
}
