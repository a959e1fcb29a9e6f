using Chile1973.Graph.LoadTest;
using Chile1973.Graph.Web.Tests.Fixtures;
using System.Text.RegularExpressions;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>
/// Flooding connections of the load client (<c>--flood</c>) keep the heaviest calls they may make open without pause,
/// and try to connect again whenever they are dropped, while well-behaved readers on the same address expand at their
/// usual pace: the flood is refused, dropped and turned away at the door, the readers are not.
/// </summary>
public sealed partial class FloodingClientTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Flooding_clients_are_refused_and_dropped_while_well_behaved_clients_keep_every_expansion()
    {
        await using var factory = new ExplorerAppFactory();

        var run = await LoadRun.RunAsync(
            new LoadSettings(factory.BaseAddress, Clients: 10, Rate: 5, Duration: TimeSpan.FromSeconds(5), Flooders: 2), TextWriter.Null, Token);

        var flood = run.Flood ?? throw new InvalidOperationException("a run with flooders reports their flood");
        Assert.True(flood.Refused > flood.Completed, flood.Line());
        Assert.True(flood.Drops >= 2, $"every flooder is dropped at least once: {flood.Line()}");
        Assert.True(flood.TurnedAway > 0, $"a dropped flooder's address is kept from the hub for a while: {flood.Line()}");
        Assert.True(run.Clean, $"{run.ClosingLine()}; {string.Join("; ", run.ErrorSamples)}");
        // Their latency beside the flood is a figure of benchmarks/, measured on a quiet machine, not a timed test.
        Assert.True(run.Expansions >= 100, run.ClosingLine());
    }

    [Fact]
    public async Task A_run_with_flooders_says_what_the_flood_got_before_the_readers_closing_line()
    {
        // Its own app: a dropped flooder keeps its address (this test's, too) from the hub for a while.
        await using var factory = new ExplorerAppFactory();
        using var output = new StringWriter();
        using var progress = new StringWriter();

        var exit = await LoadCli.RunAsync(
            ["--url", factory.BaseAddress.AbsoluteUri, "--clients", "3", "--rate", "5", "--seconds", "2", "--flood", "1", "--compile", "0"], output, progress, Token);

        var line = output.ToString().TrimEnd();
        Assert.True(exit == 0, $"exit {exit}: {line}\n{progress}");
        Assert.True(line.StartsWith("clients=3 expansions=", StringComparison.Ordinal) && line.EndsWith(" ms", StringComparison.Ordinal), $"not a summary line: '{line}'");
        var flood = FloodLine().Match(progress.ToString());
        Assert.True(flood.Success, $"no flood line in:\n{progress}");
        Assert.Equal("1", flood.Groups["connections"].Value);
        Assert.True(long.Parse(flood.Groups["refused"].Value) > long.Parse(flood.Groups["completed"].Value), flood.Value);
    }

    [GeneratedRegex(@"^flood: connections=(?<connections>\d+) calls=\d+ completed=(?<completed>\d+) refused=(?<refused>\d+) drops=\d+ turned_away=\d+$", RegexOptions.Multiline)]
    private static partial Regex FloodLine();
}
