using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Chile1973.Graph.LoadTest;

/// <summary>Connects the clients, lets the active ones expand for the set time, and adds up what they measured.</summary>
public static class LoadRun
{
    private const int ConnectingAtOnce = 16;
    private const int MinRounds = 4;
    private const int QuietCompiles = 5;
    private const int QuietSpansNeeded = 2;
    private static readonly TimeSpan QuietSpan = TimeSpan.FromMilliseconds(300);
    // Two rounds' three calls in 300 ms keep each connection well under the hub's 20 calls a second.
    private static readonly TimeSpan RoundEvery = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    /// <summary>Runs the load described by <paramref name="settings"/>, writing progress to <paramref name="progress"/>.</summary>
    public static async Task<LoadReport> RunAsync(LoadSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var window = new LatencyWindow();
        var clients = Enumerable.Range(0, settings.Clients + settings.Idle).Select(i => new LoadClient(settings, i, window)).ToList();
        try
        {
            var connectErrors = await ConnectAllAsync(clients, progress, cancellationToken).ConfigureAwait(false);
            var active = clients.Take(settings.Clients).ToList();
            await WarmUpAsync(active, progress, cancellationToken).ConfigureAwait(false);
            await CompileOwnCodeAsync(active, settings.CompileLimit, progress, cancellationToken).ConfigureAwait(false);
            await WarmUpAtPaceAsync(active, settings.WarmUp, progress, cancellationToken).ConfigureAwait(false);
            var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 4;
            var stop = start + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);
            using var progressStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reporter = ReportProgressAsync(active, window, start, progress, progressStop.Token);
            var flood = Flood.Start(settings, progressStop.Token);
            await Task.WhenAll(active.Select(c => Task.Run(() => c.RunAsync(start, stop, measured: true, cancellationToken), cancellationToken))).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(start);
            await progressStop.CancelAsync().ConfigureAwait(false);
            await reporter.ConfigureAwait(false);
            var flooded = await flood.StopAsync().ConfigureAwait(false);
            await ReportPaceAsync(active, settings, elapsed, progress).ConfigureAwait(false);
            if (flooded is not null)
            {
                await progress.WriteLineAsync(flooded.Line()).ConfigureAwait(false);
            }

            return new LoadReport(
                settings.Clients,
                settings.Idle,
                active.Sum(c => c.Expansions),
                connectErrors.Count + active.Sum(c => c.Errors),
                active.Sum(c => c.Lost),
                active.Sum(c => c.Searches),
                active.SelectMany(c => c.Latencies).ToList(),
                [.. connectErrors.Take(5), .. active.SelectMany(c => c.ErrorSamples).Take(5)])
            {
                Flood = flooded,
            };
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask())).ConfigureAwait(false);
        }
    }

    private static async Task<List<string>> ConnectAllAsync(List<LoadClient> clients, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var errors = new List<string>();
        using var gate = new SemaphoreSlim(ConnectingAtOnce);
        await Task.WhenAll(clients.Select(async client =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
            {
                lock (errors)
                {
                    errors.Add($"connect: {e.Message}");
                }
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"connected {clients.Count - errors.Count} of {clients.Count} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s")).ConfigureAwait(false);
        return errors;
    }

    /// <summary>
    /// One unmeasured expansion per active client before the clock starts. Without it the first 0.2 s of a run timed
    /// the fresh client process compiling its code: on the article graph 178 of the 200 slowest expansions of a
    /// 20 s run fell there (p99 45 ms; 10 ms without them).
    /// </summary>
    private static async Task WarmUpAsync(List<LoadClient> active, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(active.Select(c => c.WarmUpAsync(cancellationToken))).ConfigureAwait(false);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"warmed up {active.Count} clients (one unmeasured expansion each) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s")).ConfigureAwait(false);
    }

    /// <summary>
    /// Rounds of the start node's rings on every active client, with a search every other round, until this process
    /// compiles fewer than <see cref="QuietCompiles"/> methods in each of <see cref="QuietSpansNeeded"/> spans of
    /// <see cref="QuietSpan"/>, for at most <paramref name="limit"/>. A fresh client compiles its hot methods again,
    /// optimised, once they have run often enough: on the 1M graph with 1,000 connections about 1,750 methods, half a
    /// core or more in a run's first seconds, which the app beside it then lacked. The start node's rings, walked for
    /// the one expansion before, are sent from the app's cache, so these rounds cost it no walk: what the clock then
    /// times is the app's first seconds, not the client's (benchmarks/README.md, "The load client's own code compiled
    /// before the clock").
    /// </summary>
    internal static async Task CompileOwnCodeAsync(IReadOnlyList<LoadClient> active, TimeSpan limit, TextWriter progress, CancellationToken cancellationToken)
    {
        if (limit <= TimeSpan.Zero)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var compiledBefore = JitInfo.GetCompiledMethodCount();
        var (rounds, quietSpans) = (0, 0);
        var (spanCount, spanStart) = (compiledBefore, started);
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            var (depth, search) = (1 + (rounds % 2), rounds % 2 == 1);
            await Task.WhenAll([Task.Delay(RoundEvery, cancellationToken), .. active.Select(c => c.ExerciseAsync(depth, search, cancellationToken))]).ConfigureAwait(false);
            rounds++;
            if (Stopwatch.GetElapsedTime(spanStart) < QuietSpan)
            {
                continue;
            }

            var count = JitInfo.GetCompiledMethodCount();
            quietSpans = count - spanCount < QuietCompiles ? quietSpans + 1 : 0;
            (spanCount, spanStart) = (count, Stopwatch.GetTimestamp());
            if (rounds >= MinRounds && quietSpans >= QuietSpansNeeded)
            {
                break;
            }
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"compiled the client's own code: {rounds} rounds of the start node's rings, {JitInfo.GetCompiledMethodCount() - compiledBefore} methods in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s, unmeasured")).ConfigureAwait(false);
    }

    /// <summary>
    /// The run's own load for <paramref name="duration"/> before the clock starts: random walks that the app computes
    /// and keeps, so the clock then times an app whose caches a load has begun to fill (a later run's view), where
    /// <see cref="CompileOwnCodeAsync"/> leaves them as they were.
    /// </summary>
    private static async Task WarmUpAtPaceAsync(List<LoadClient> active, TimeSpan duration, TextWriter progress, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        var before = active.Sum(c => c.Unmeasured);
        var start = Stopwatch.GetTimestamp();
        var stop = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(active.Select(c => Task.Run(() => c.RunAsync(start, stop, measured: false, cancellationToken), cancellationToken))).ConfigureAwait(false);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"warmed up at the run's pace for {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s: {active.Sum(c => c.Unmeasured) - before} expansions, unmeasured")).ConfigureAwait(false);
    }

    /// <summary>
    /// How long the expansions took against the time asked. A late call starts when the one before it ends, so a
    /// server that cannot keep up stretches the run rather than the latencies alone: the p99 of a run that fell
    /// behind is of the load the server managed, and this line says which load that was.
    /// </summary>
    private static Task ReportPaceAsync(List<LoadClient> active, LoadSettings settings, TimeSpan elapsed, TextWriter progress)
    {
        var expansions = active.Sum(c => c.Expansions);
        var seconds = Math.Max(elapsed.TotalSeconds, settings.Duration.TotalSeconds);
        return progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"pace: {expansions} expansions in {elapsed.TotalSeconds:F1} s, {expansions / seconds:F0} a second against {settings.Clients * settings.Rate} asked"));
    }

    /// <summary>The flooding connections of a run, flooding from the clock's start until the readers stop.</summary>
    private sealed class Flood(List<FloodClient> flooders, Task running)
    {
        public static Flood Start(LoadSettings settings, CancellationToken cancellationToken)
        {
            var flooders = Enumerable.Range(0, settings.Flooders).Select(i => new FloodClient(settings, i)).ToList();
            return new Flood(flooders, Task.WhenAll(flooders.Select(f => Task.Run(() => f.RunAsync(cancellationToken), CancellationToken.None))));
        }

        /// <summary>Waits for the flooders, cancelled with the run, to close; null when the run had none.</summary>
        public async Task<FloodReport?> StopAsync()
        {
            await running.ConfigureAwait(false);
            await Task.WhenAll(flooders.Select(f => f.DisposeAsync().AsTask())).ConfigureAwait(false);
            return flooders.Count == 0
                ? null
                : new FloodReport(flooders.Count, flooders.Sum(f => f.Calls), flooders.Sum(f => f.Completed), flooders.Sum(f => f.Refused), flooders.Sum(f => f.Drops), flooders.Sum(f => f.TurnedAway));
        }
    }

    private static async Task ReportProgressAsync(List<LoadClient> active, LatencyWindow window, long start, TextWriter progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProgressEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var (count, p99) = window.Take();
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{Stopwatch.GetElapsedTime(start).TotalSeconds:F0} s: expansions={active.Sum(c => c.Expansions)} errors={active.Sum(c => c.Errors)} lost={active.Sum(c => c.Lost)}, the last {count} p99={p99:F1} ms"))
                    .ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
