using System.Threading.RateLimiting;

namespace Chile1973.Graph.Web.Presentations;

/// <summary>
/// Limits wrong presentation codes and presenter keys per client address (a token bucket refilled each minute), so
/// the 60 bits of a code and the 256 of a key cannot be searched: once an address has spent its failures, every
/// code and key it sends is refused until the bucket refills.
/// </summary>
public sealed class PresentationAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures;

    /// <summary>Creates the limiter from <see cref="PresentationOptions.FailedAttemptsPerMinute"/>.</summary>
    public PresentationAttempts(IOptions<PresentationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = options.Value.FailedAttemptsPerMinute;
        failures = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Refuses a caller that has used up its wrong attempts.</summary>
    public void EnsureAllowed(string caller)
    {
        if (failures.GetStatistics(caller) is { CurrentAvailablePermits: <= 0 })
        {
            throw new GraphRequestException("Too many wrong presentation codes or keys from this address: wait a minute and try again.");
        }
    }

    /// <summary>Counts one wrong code or key against the caller.</summary>
    public void RecordFailure(string caller)
    {
        using var _ = failures.AttemptAcquire(caller);
    }

    /// <inheritdoc />
    public void Dispose() => failures.Dispose();
}
