using Chile1973.Graph.LoadTest;
using Chile1973.Graph.Web.Tests.Fixtures;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>
/// Flooding connections of the load client (<c>--flood</c>) keep the heaviest calls they may make open without pause,
/// and connect again whenever they are dropped, while well-behaved readers expand at their usual pace: the flood is
/// refused and dropped, the readers are not.
/// </summary>
public sealed class FloodingClientTests
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
        Assert.True(run.Clean, $"{run.ClosingLine()}; {string.Join("; ", run.ErrorSamples)}");
        // Their latency beside the flood is a figure of benchmarks/, measured on a quiet machine, not a timed test.
        Assert.True(run.Expansions >= 100, run.ClosingLine());
    }
}
