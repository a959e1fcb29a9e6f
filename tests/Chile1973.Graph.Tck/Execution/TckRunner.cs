using System.Diagnostics;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Tck.Cases;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>Runs test cases in parallel, each against its own engine and under a time limit.</summary>
public static class TckRunner
{
    /// <summary>The grace period after cancellation before a case that ignores its token is abandoned.</summary>
    private static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="cases"/>; results come back in the same order.</summary>
    public static async Task<IReadOnlyList<TckResult>> RunAsync(
        IReadOnlyList<TckCase> cases,
        Func<TckEngine> createEngine,
        TckRunOptions options,
        CancellationToken cancellationToken = default)
    {
        var results = new TckResult[cases.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), parallel, async (i, token) =>
            results[i] = await RunOneAsync(cases[i], createEngine, options, token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    /// <summary>Runs one case to a result; never throws except when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task<TckResult> RunOneAsync(
        TckCase testCase,
        Func<TckEngine> createEngine,
        TckRunOptions options,
        CancellationToken cancellationToken = default)
    {
        if (testCase.Ignored)
        {
            return new TckResult(testCase, TckStatus.Skipped, "tagged @ignore", TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);

        // Task.Run so that an engine that blocks synchronously cannot hold the runner: it is abandoned.
        var work = Task.Run(() => ExecuteAsync(testCase, createEngine, options, timeout.Token), CancellationToken.None);
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(work, Task.Delay(options.Timeout + AbandonAfter, stopWaiting.Token)).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != work)
        {
            return new TckResult(testCase, TckStatus.Failed, $"timed out after {options.Timeout.TotalSeconds:0} s and ignored cancellation", clock.Elapsed);
        }

        var (status, message) = await work.ConfigureAwait(false);
        if (status == TckStatus.Failed && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && message is null)
        {
            message = $"timed out after {options.Timeout.TotalSeconds:0} s";
        }

        return new TckResult(testCase, status, message, clock.Elapsed);
    }

    private static async Task<(TckStatus Status, string? Message)> ExecuteAsync(
        TckCase testCase,
        Func<TckEngine> createEngine,
        TckRunOptions options,
        CancellationToken cancellationToken)
    {
        TckEngine? engine = null;
        try
        {
            engine = createEngine();
            await new ScenarioExecutor(testCase, engine, options.GraphsDirectory).RunAsync(cancellationToken).ConfigureAwait(false);
            return (TckStatus.Passed, null);
        }
        catch (TckAssertionException failure)
        {
            return (TckStatus.Failed, failure.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (TckStatus.Failed, null);
        }
        catch (CypherException error)
        {
            return (TckStatus.Failed, $"unexpected {ScenarioExecutor.Describe(error)}");
        }
        catch (Exception crash)
        {
            return (TckStatus.Crashed, Crash(crash));
        }
        finally
        {
            await DisposeAsync(engine?.Engine).ConfigureAwait(false);
        }
    }

    private static string Crash(Exception crash)
    {
        var frame = crash.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return $"{crash.GetType().FullName}: {crash.Message}{(frame is null ? string.Empty : " " + frame)}";
    }

    private static async Task DisposeAsync(object? engine)
    {
        try
        {
            switch (engine)
            {
                case IAsyncDisposable asyncDisposable: await asyncDisposable.DisposeAsync().ConfigureAwait(false); break;
                case IDisposable disposable: disposable.Dispose(); break;
            }
        }
        catch (Exception)
        {
            // A failure to clean up one scenario's engine must not change that scenario's result.
        }
    }
}
