using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>
/// Keeps each connection within <see cref="HubLimitsOptions"/> on every hub method, present and
/// future: a token bucket of calls per connection, a cap on open streams and on argument length.
/// A refused call is a hub error that says what to do; a connection refused again and again within
/// seconds is dropped. Registered as a global hub filter, so a new hub method is covered unasked.
/// </summary>
internal sealed class HubCallLimitFilter : IHubFilter, IDisposable
{
    private const string UseKey = "hub-limits";

    // The partitioned limiter replenishes its partitions on one 100 ms heartbeat, so a period is never shorter.
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(100);

    private readonly HubLimitsOptions limits;
    private readonly ILogger<HubCallLimitFilter> logger;

    // One limiter for all connections: its partitions share one replenishing timer instead of a timer
    // per connection, and partitions of closed connections are dropped once idle (System.Threading.RateLimiting).
    private readonly PartitionedRateLimiter<string> calls;

    private readonly DroppedAddresses dropped;

    public HubCallLimitFilter(IOptions<HubLimitsOptions> options, DroppedAddresses dropped, ILogger<HubCallLimitFilter> logger)
    {
        this.dropped = dropped;
        limits = options.Value;
        this.logger = logger;
        var period = TimeSpan.FromSeconds(Math.Max(Heartbeat.TotalSeconds, 1 / limits.CallsPerSecond));
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(limits.CallsPerSecond * period.TotalSeconds));
        calls = PartitionedRateLimiter.Create<string, string>(connectionId => RateLimitPartition.GetTokenBucketLimiter(
            connectionId,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.CallBurst,
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = false,
            }));
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        var use = Use(context);
        var method = invocationContext.HubMethodName;
        CheckArguments(invocationContext);

        using (var lease = calls.AttemptAcquire(context.ConnectionId))
        {
            if (!lease.IsAcquired)
            {
                Refuse(context, use, method,
                    $"Too many calls: at most {limits.CallsPerSecond:0.##} per second on one connection ({limits.CallBurst} at once). Wait a moment and try again.");
            }
        }

        var streams = StreamCounting.IsStream(invocationContext.HubMethod.ReturnType);
        if (streams && !use.TryOpenStream(limits.MaxConcurrentStreams))
        {
            Refuse(context, use, method, $"Too many open streams: at most {limits.MaxConcurrentStreams} at once on one connection. Close one first.");
        }

        if (!streams)
        {
            return await next(invocationContext);
        }

        try
        {
            return StreamCounting.CloseWhenDone(await next(invocationContext), use);
        }
        catch
        {
            use.CloseStream();
            throw;
        }
    }

    /// <summary>
    /// Names a connection closed on a hub error in the server's log: a message the server refused to read
    /// (<see cref="CheckedJsonHubProtocol"/>), which SignalR logs at Debug only.
    /// </summary>
    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (exception is HubException refused)
        {
            HubLimitsLog.ClosedOnHubError(logger, context.Context.ConnectionId, refused.Message);
        }

        return next(context, exception);
    }

    public void Dispose() => calls.Dispose();

    private static ConnectionUse Use(HubCallerContext context)
    {
        lock (context.Items)
        {
            if (context.Items.TryGetValue(UseKey, out var existing) && existing is ConnectionUse use)
            {
                return use;
            }

            var created = new ConnectionUse();
            context.Items[UseKey] = created;
            return created;
        }
    }

    private void CheckArguments(HubInvocationContext invocationContext)
    {
        var arguments = invocationContext.HubMethodArguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is string { Length: var length } && length > limits.MaxArgumentLength)
            {
                // Named only when refused: reading a method's parameters copies them on every call.
                var parameters = invocationContext.HubMethod.GetParameters();
                var name = i < parameters.Length ? parameters[i].Name : $"argument {i + 1}";
                throw new HubException($"{name} is too long: at most {limits.MaxArgumentLength} characters; it has {length}.");
            }
        }
    }

    private void Refuse(HubCallerContext context, ConnectionUse use, string method, string message)
    {
        var refusals = use.Refused();
        HubLimitsLog.CallRefused(logger, context.ConnectionId, method, refusals);
        if (refusals >= limits.RefusalsBeforeDrop && use.TryDrop())
        {
            HubLimitsLog.ConnectionDropped(logger, context.ConnectionId, refusals);
            dropped.Remember(context.GetHttpContext()?.Connection.RemoteIpAddress);
            context.Abort();
        }

        throw new HubException(message);
    }
}
