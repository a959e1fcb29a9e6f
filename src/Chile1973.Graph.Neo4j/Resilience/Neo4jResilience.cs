using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Chile1973.Graph.Neo4j.Resilience;

/// <summary>
/// The Polly pipeline every Neo4j request runs through, outermost first: a total time budget, retry
/// with exponential back-off and jitter for transient failures only, a circuit breaker that makes a
/// dead server fail fast, and a timeout per attempt. One per server: the breaker's state is shared.
/// </summary>
public sealed class Neo4jResilience
{
    private static readonly ResiliencePropertyKey<RetryScope> ScopeKey = new("neo4j.retry-scope");
    private static readonly ResiliencePropertyKey<int> AttemptsKey = new("neo4j.attempts");

    private readonly ResiliencePipeline pipeline;
    private readonly Uri uri;
    private readonly TimeSpan totalTimeout;
    private readonly TimeSpan breakDuration;
    private volatile string lastOutage = "repeated failures";

    /// <summary>Builds the pipeline from the options.</summary>
    public Neo4jResilience(Neo4jOptions options, ILogger<Neo4jResilience>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        uri = options.Uri ?? throw new ArgumentException("Neo4j:Uri is not set.", nameof(options));
        totalTimeout = options.TotalTimeout;
        breakDuration = options.BreakerBreakDuration;
        ILogger log = logger ?? NullLogger<Neo4jResilience>.Instance;

        var builder = new ResiliencePipelineBuilder()
            .AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } failure
                    && TransientFailures.ShouldRetry(failure, args.Context.Properties.GetValue(ScopeKey, RetryScope.None))),
                OnRetry = args =>
                {
                    var failure = args.Outcome.Exception!;
                    var delay = (long)args.RetryDelay.TotalMilliseconds;
                    if (failure is Neo4jServerException server && !TransientFailures.IsOutage(failure))
                    {
                        Log.TransientError(log, uri, server.First.Code, delay, args.AttemptNumber + 1);
                    }
                    else
                    {
                        Log.Unreachable(log, uri, delay, args.AttemptNumber + 1, TransientFailures.Describe(failure));
                    }

                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline = builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                Name = "breaker",
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } failure && TransientFailures.IsOutage(failure)),
                OnOpened = args =>
                {
                    lastOutage = args.Outcome.Exception is { } e ? TransientFailures.Describe(e) : "repeated failures";
                    Log.CircuitOpened(log, uri, (long)args.BreakDuration.TotalMilliseconds, lastOutage);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Log.CircuitClosed(log, uri);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.RequestTimeout })
            .Build();
    }

    /// <summary>
    /// Runs one request under the rules. Transport failures, an open circuit and a spent budget become
    /// <see cref="CypherException"/> of kind <see cref="CypherErrorKind.Unavailable"/>; Neo4j's own
    /// errors pass through for the caller to map; cancellation by the caller stays a cancellation.
    /// </summary>
    internal async Task<T> ExecuteAsync<T>(RetryScope scope, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ScopeKey, scope);
        var clock = Stopwatch.StartNew();
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    ctx.Properties.Set(AttemptsKey, ctx.Properties.GetValue(AttemptsKey, 0) + 1);
                    return await state(ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                send).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception failure) when (failure is not Neo4jServerException and not CypherException)
        {
            throw Unavailable(failure, context.Properties.GetValue(AttemptsKey, 0), clock.Elapsed);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private CypherException Unavailable(Exception failure, int attempts, TimeSpan elapsed)
    {
        var tried = string.Create(CultureInfo.InvariantCulture, $"{attempts} attempt{(attempts == 1 ? "" : "s")} in {elapsed.TotalSeconds:0.0} s");
        var (detail, message) = failure switch
        {
            BrokenCircuitException => ("CircuitOpen",
                string.Create(CultureInfo.InvariantCulture, $"Neo4j unreachable at {uri}: {lastOutage}; after repeated failures queries fail at once for up to {breakDuration.TotalSeconds:0.###} s (circuit open)")),
            TimeoutRejectedException timeout when timeout.Timeout == totalTimeout => ("TimeBudgetExceeded",
                string.Create(CultureInfo.InvariantCulture, $"Neo4j unreachable at {uri}: no answer within the {totalTimeout.TotalSeconds:0.###} s budget ({tried})")),
            Neo4jHttpException http when (int)http.Status is >= 200 and < 300 => ("ProtocolError",
                $"Neo4j at {uri} {http.Message}"),
            Neo4jHttpException http => ("ServiceUnavailable",
                $"Neo4j unreachable at {uri}: {http.Message} ({tried})"),
            _ => ("ServiceUnavailable",
                $"Neo4j unreachable at {uri}: {TransientFailures.Describe(failure)} ({tried})"),
        };
        return new CypherException(CypherErrorKind.Unavailable, detail, message, CypherErrorPhase.Runtime, innerException: failure);
    }
}
