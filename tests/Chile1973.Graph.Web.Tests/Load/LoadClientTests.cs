using System.Text.RegularExpressions;
using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.LoadTest;
using Chile1973.Graph.Web.Tests.Fixtures;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Load;

/// <summary>
/// The load client (<c>tests/Chile1973.Graph.LoadTest</c>) run through its command line against the
/// explorer on Kestrel: a short run keeps it working; the measured figures live in benchmarks/.
/// </summary>
[Collection(ExplorerServerCollection.Name)]
public sealed partial class LoadClientTests(ExplorerServer server)
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_clients_for_five_seconds_complete_their_expansions_and_end_with_the_summary_line()
    {
        using var output = new StringWriter();
        using var progress = new StringWriter();

        var exit = await LoadCli.RunAsync(
            ["--url", server.BaseAddress.AbsoluteUri, "--clients", "20", "--rate", "5", "--seconds", "5", "--compile", "3"], output, progress, Token);

        var line = output.ToString().TrimEnd();
        Assert.True(exit == 0, $"exit {exit}: {line}\n{progress}");
        var summary = SummaryLine().Match(line);
        Assert.True(summary.Success, $"not a summary line: '{line}'");
        Assert.Equal(("20", "0", "0"), (summary.Groups["clients"].Value, summary.Groups["errors"].Value, summary.Groups["lost"].Value));
        // 20 clients x 5/s x 5 s is 500 scheduled; a late call starts at once, so even a busy machine completes most.
        Assert.InRange(int.Parse(summary.Groups["expansions"].Value), 250, 520);
        var (p50, p95, p99) = (Ms(summary, "p50"), Ms(summary, "p95"), Ms(summary, "p99"));
        Assert.True(p50 > 0 && p50 <= p95 && p95 <= p99, line);
        Assert.Contains("connected 20 of 20", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains("warmed up 20 clients (one unmeasured expansion each)", progress.ToString(), StringComparison.Ordinal);
        var compiled = CompiledLine().Match(progress.ToString());
        Assert.True(compiled.Success, $"no line of the client's own code compiled in:\n{progress}");
        Assert.True(int.Parse(compiled.Groups["rounds"].Value) >= 4, compiled.Value);
        Assert.True(compiled.Index < progress.ToString().IndexOf("pace:", StringComparison.Ordinal), "the client's code is compiled before the clock starts");
        var pace = PaceLine().Match(progress.ToString());
        Assert.True(pace.Success, $"no pace line in:\n{progress}");
        Assert.Equal(summary.Groups["expansions"].Value, pace.Groups["expansions"].Value);
        Assert.True(Ms(pace, "seconds") >= 4.5, pace.Value);
    }

    [Fact]
    public async Task A_warm_up_at_the_runs_pace_comes_before_the_clock_and_is_neither_timed_nor_counted()
    {
        using var output = new StringWriter();
        using var progress = new StringWriter();

        var exit = await LoadCli.RunAsync(
            ["--url", server.BaseAddress.AbsoluteUri, "--clients", "5", "--rate", "5", "--seconds", "2", "--warm-up", "2", "--compile", "0"], output, progress, Token);

        var line = output.ToString().TrimEnd();
        Assert.True(exit == 0, $"exit {exit}: {line}\n{progress}");
        var warmUp = WarmUpLine().Match(progress.ToString());
        Assert.True(warmUp.Success, $"no warm-up line in:\n{progress}");
        // 5 clients x 5/s x 2 s is 50 scheduled in each part (a warm-up behind schedule stops on time); a warm-up
        // counted with the run would report about 100.
        Assert.InRange(int.Parse(warmUp.Groups["expansions"].Value), 10, 55);
        Assert.True(Ms(warmUp, "seconds") >= 1.8, warmUp.Value);
        var summary = SummaryLine().Match(line);
        Assert.True(summary.Success, $"not a summary line: '{line}'");
        Assert.InRange(int.Parse(summary.Groups["expansions"].Value), 25, 55);
        Assert.True(progress.ToString().IndexOf("warmed up at", StringComparison.Ordinal) < progress.ToString().IndexOf("pace:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compiling_the_clients_own_code_expands_only_the_start_node_so_the_app_walks_nothing_new()
    {
        var counter = new TemplateCounter();
        await using var app = new ExplorerAppFactory(e => new CountingEngine(e, counter));
        var settings = new LoadSettings(app.BaseAddress, Clients: 5, Rate: 5, Duration: TimeSpan.FromSeconds(1));
        var window = new LatencyWindow();
        var clients = Enumerable.Range(0, 5).Select(i => new LoadClient(settings, i, window)).ToList();
        try
        {
            foreach (var client in clients)
            {
                await client.ConnectAsync(Token);
                // The run's one unmeasured expansion: it learns the start node's neighbours, which a careless
                // warm-up would go on to expand.
                await client.WarmUpAsync(Token);
            }

            var walks = counter.Count(ExplorerQueries.RingCandidates);
            var centres = counter.Values(ExplorerQueries.NodeElement, "id");
            using var progress = new StringWriter();

            await LoadRun.CompileOwnCodeAsync(clients, TimeSpan.FromSeconds(2), progress, Token);

            var compiled = CompiledLine().Match(progress.ToString());
            Assert.True(compiled.Success, progress.ToString());
            Assert.True(int.Parse(compiled.Groups["rounds"].Value) >= 4, compiled.Value);
            // No centre read that was not read before (the app's own start walks some), none of the neighbours learned.
            Assert.Equal(centres.Order(StringComparer.Ordinal), counter.Values(ExplorerQueries.NodeElement, "id").Order(StringComparer.Ordinal));
            // Depth 1 and 2 in turn: at most the start node's second ring is new, if the run's expansion was depth 1.
            Assert.InRange(counter.Count(ExplorerQueries.RingCandidates) - walks, 0, 1);
            Assert.True(counter.Values(ExplorerQueries.Search, "query").Count <= 1, string.Join(", ", counter.Values(ExplorerQueries.Search, "query")));
            Assert.All(clients, c => Assert.Equal(0, c.Expansions));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("--warm-up")]
    [InlineData("--compile")]
    [InlineData("--flood")]
    public async Task A_negative_count_is_refused_before_anything_connects(string option)
    {
        using var output = new StringWriter();
        using var progress = new StringWriter();

        var exit = await LoadCli.RunAsync(["--url", server.BaseAddress.AbsoluteUri, option, "-1"], output, progress, Token);

        Assert.NotEqual(0, exit);
        Assert.Contains($"{option} must not be negative.", progress.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("connected", progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_client_against_no_server_counts_every_client_as_an_error_and_exits_with_one()
    {
        using var output = new StringWriter();
        using var progress = new StringWriter();

        var exit = await LoadCli.RunAsync(["--url", $"http://127.0.0.1:{FreePorts.Next()}", "--clients", "3", "--seconds", "1"], output, progress, Token);

        Assert.Equal(1, exit);
        Assert.Equal("clients=3 expansions=0 errors=3 lost=0 p50=0.0 p95=0.0 p99=0.0 ms", output.ToString().TrimEnd());
    }

    [Fact]
    public void A_client_makes_the_same_random_choices_in_every_run_with_the_same_seed()
    {
        // Seeded from the seed and the client's index alone: a hash of them would differ from one process to the next.
        var expected = new Random(17 * 1_000_003 + 4);

        var choices = LoadClient.ChoicesFor(17, 4);

        Assert.Equal(Enumerable.Range(0, 8).Select(_ => expected.Next()), Enumerable.Range(0, 8).Select(_ => choices.Next()));
        Assert.NotEqual(LoadClient.ChoicesFor(17, 5).Next(), LoadClient.ChoicesFor(17, 4).Next());
    }

    private static double Ms(Match match, string group) => double.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);


    [GeneratedRegex(@"^clients=(?<clients>\d+) expansions=(?<expansions>\d+) errors=(?<errors>\d+) lost=(?<lost>\d+) p50=(?<p50>[\d.]+) p95=(?<p95>[\d.]+) p99=(?<p99>[\d.]+) ms$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^warmed up at the run's pace for (?<seconds>[\d.]+) s: (?<expansions>\d+) expansions, unmeasured$", RegexOptions.Multiline)]
    private static partial Regex WarmUpLine();

    [GeneratedRegex(@"^compiled the client's own code: (?<rounds>\d+) rounds of the start node's rings, -?\d+ methods in [\d.]+ s, unmeasured$", RegexOptions.Multiline)]
    private static partial Regex CompiledLine();

    [GeneratedRegex(@"^pace: (?<expansions>\d+) expansions in (?<seconds>[\d.]+) s, \d+ a second against 100 asked$", RegexOptions.Multiline)]
    private static partial Regex PaceLine();
}
