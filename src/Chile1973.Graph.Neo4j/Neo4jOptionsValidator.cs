using Microsoft.Extensions.Options;

namespace Chile1973.Graph.Neo4j;

/// <summary>Rejects options that cannot work, naming the setting, so a bad configuration fails at start.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem with the options, each naming its setting.</summary>
    public static IEnumerable<string> Problems(Neo4jOptions options)
    {
        if (options.Uri is null)
        {
            yield return "Neo4j:Uri is required (e.g. http://localhost:7474).";
        }
        else if (!options.Uri.IsAbsoluteUri || (options.Uri.Scheme != Uri.UriSchemeHttp && options.Uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"Neo4j:Uri must be an absolute http:// or https:// address (the Query API), not '{options.Uri}'.";
        }

        if (string.IsNullOrWhiteSpace(options.User) != string.IsNullOrEmpty(options.Password))
        {
            yield return "Neo4j:User and Neo4j:Password go together: give both, or neither when authentication is off.";
        }

        if (options.User?.Contains(':', StringComparison.Ordinal) == true)
        {
            yield return "Neo4j:User must not contain ':' (Basic authentication cannot carry it).";
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            yield return "Neo4j:Database must not be empty.";
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            yield return "Neo4j:RequestTimeout must be positive.";
        }

        if (options.TotalTimeout < options.RequestTimeout)
        {
            yield return "Neo4j:TotalTimeout must be at least Neo4j:RequestTimeout.";
        }

        if (options.MaxRetries < 0)
        {
            yield return "Neo4j:MaxRetries must not be negative.";
        }

        if (options.RetryDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            yield return "Neo4j:RetryDelay must not be negative, nor more than Neo4j:MaxRetryDelay.";
        }

        if (options.BreakerFailureRatio is <= 0 or > 1)
        {
            yield return "Neo4j:BreakerFailureRatio must be above 0 and at most 1.";
        }

        if (options.BreakerMinimumThroughput < 2)
        {
            yield return "Neo4j:BreakerMinimumThroughput must be at least 2.";
        }

        if (options.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return "Neo4j:BreakerSamplingDuration must be at least 500 ms.";
        }

        if (options.BreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return "Neo4j:BreakerBreakDuration must be at least 500 ms.";
        }
    }
}
