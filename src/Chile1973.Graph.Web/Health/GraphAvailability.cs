using Chile1973.Graph.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Health;

/// <summary>
/// Probes the engine in the background, quickly while it is down and now and then while it answers,
/// so the app can start while the database is down and recover by itself when it returns. Every
/// change is logged and sent to every page (<c>GraphStatus</c>, then a fresh <c>Welcome</c> on recovery).
/// </summary>
public sealed class GraphAvailability(
    GraphQueryRunner runner,
    GraphInfoQuery info,
    IHubContext<GraphHub, IGraphClient> hub,
    ILogger<GraphAvailability> logger) : BackgroundService
{
    /// <summary>How often the engine is asked again while it does not answer.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);
    private static readonly Dictionary<string, object?> NoParameters = [];

    private readonly TaskCompletionSource firstProbe = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile GraphStatus current = new(false, "starting: the graph engine has not been asked yet", DateTimeOffset.UtcNow);

    /// <summary>The latest probe's outcome.</summary>
    public GraphStatus Current => current;

    /// <summary>The status once the first probe has ended (at once after that).</summary>
    public async Task<GraphStatus> WhenProbedAsync(CancellationToken cancellationToken)
    {
        await firstProbe.Task.WaitAsync(cancellationToken);
        return current;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ProbeUntilStoppedAsync(stoppingToken);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && stoppingToken.IsCancellationRequested)
        {
            // Stopping, also when the host stops because it could not start: not a failure to report. A host that
            // could not start disposes its services without stopping this one first, so a probe under way may
            // find what it was using (the first view's lock) disposed.
        }
    }

    private async Task ProbeUntilStoppedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var (available, message) = await ProbeAsync(stoppingToken);
            var previous = current;
            if (available != previous.Available || message != previous.Message)
            {
                current = new GraphStatus(available, message, DateTimeOffset.UtcNow);
                Report(previous, current);

                // Readiness is the probe's answer; telling the pages reads the graph's size, which on a large graph
                // takes seconds, so readiness does not wait for it.
                firstProbe.TrySetResult();
                await NotifyPagesAsync(previous, stoppingToken);
            }

            firstProbe.TrySetResult();
            await Task.Delay(available ? ProbeEvery : RetryEvery, stoppingToken);
        }
    }

    private async Task<(bool Available, string Message)> ProbeAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await runner.ReadAllAsync(ExplorerQueries.Probe, NoParameters, timeout.Token);
            return (true, $"The {runner.EngineName} engine answers.");
        }
        catch (CypherException e) when (e.Kind is CypherErrorKind.Unavailable or CypherErrorKind.Transient)
        {
            return (false, $"database unavailable, retrying every {RetryEvery.TotalSeconds:0} s: {e.Message}");
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (false, $"database unavailable, retrying every {RetryEvery.TotalSeconds:0} s: no answer within {ProbeTimeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is CypherException or HttpRequestException or IOException)
        {
            return (false, $"The graph engine does not answer, retrying every {RetryEvery.TotalSeconds:0} s: {e.Message}");
        }
    }

    private void Report(GraphStatus previous, GraphStatus now)
    {
        if (now.Available)
        {
            Log.GraphAvailable(logger, runner.EngineName, (now.Since - previous.Since).TotalSeconds);
        }
        else
        {
            Log.GraphUnavailable(logger, runner.EngineName, now.Message);
        }
    }

    private async Task NotifyPagesAsync(GraphStatus previous, CancellationToken cancellationToken)
    {
        await hub.Clients.All.GraphStatus(current);
        if (current.Available && !previous.Available)
        {
            // Pages connected while the database was down never had their first view. Reading it can fail on a
            // busy or large graph (its counts run into the query limit); that must not stop the probe, whose
            // failure would stop the app.
            try
            {
                await hub.Clients.All.Welcome(await info.GetAsync(cancellationToken));
            }
            catch (Exception e) when (e is CypherException or HttpRequestException or IOException
                                          || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                Log.WelcomeAfterRecoveryFailed(logger, runner.EngineName, e);
            }
        }
    }
}
