using Chile1973.Graph.LoadTest;
using Chile1973.Graph.Web.Tests.Fixtures;
using Chile1973.Graph.Web.Tests.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>
/// One client floods the hub with the heaviest calls it may make while well-behaved readers (the
/// load client) expand at their usual pace: the flood is refused, the readers are not.
/// </summary>
public sealed class FloodingClientTests
{
    private const int FloodCallsInFlight = 32;
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private readonly GraphFacts facts = GraphFacts.Load();

    [Fact]
    public async Task A_flooding_client_is_refused_while_well_behaved_clients_keep_every_expansion()
    {
        await using var factory = new ExplorerAppFactory();
        await using var flooder = await factory.ConnectAsync(Token);
        using var stopFlood = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flooder.Closed += _ => Task.FromResult(dropped.TrySetResult());
        var flood = FloodAsync(flooder, stopFlood.Token);

        var readers = await LoadRun.RunAsync(new LoadSettings(factory.BaseAddress, Clients: 10, Rate: 5, Duration: TimeSpan.FromSeconds(5)), TextWriter.Null, Token);
        // On a busy machine the flood may not have been refused often enough to be dropped by the time the readers end.
        await Task.WhenAny(dropped.Task, Task.Delay(TimeSpan.FromSeconds(30), Token));
        await stopFlood.CancelAsync();
        var (accepted, refused) = await flood;

        Assert.True(refused > accepted, $"the flood was not held back: {accepted} calls accepted, {refused} refused");
        Assert.True(dropped.Task.IsCompleted, $"the flooder was never dropped ({accepted} accepted, {refused} refused)");
        Assert.True(readers.Clean, $"{readers.ClosingLine()}; {string.Join("; ", readers.ErrorSamples)}");
        // Their latency beside the flood is a figure of benchmarks/, measured on a quiet machine, not a timed test.
        Assert.True(readers.Expansions >= 100, readers.ClosingLine());
    }

    private async Task<(int Accepted, int Refused)> FloodAsync(HubConnection connection, CancellationToken cancellationToken)
    {
        var accepted = 0;
        var refused = 0;
        var inFlight = new List<Task>();
        while (!cancellationToken.IsCancellationRequested && connection.State == HubConnectionState.Connected)
        {
            while (inFlight.Count < FloodCallsInFlight)
            {
                inFlight.Add(CallAsync());
            }

            inFlight.Remove(await Task.WhenAny(inFlight));
        }

        await Task.WhenAll(inFlight);
        return (accepted, refused);

        async Task CallAsync()
        {
            try
            {
                await connection.ReadNeighbourhoodAsync(facts.Coup.Id, 4, 2000, CancellationToken.None);
                Interlocked.Increment(ref accepted);
            }
            catch (HubException e) when (e.Message.Contains("Too many", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref refused);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException)
            {
                // Dropped: refused for good.
                Interlocked.Increment(ref refused);
            }
        }
    }
}
