using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Chile1973.Graph.Web.Queries;

/// <summary>Runs the explorer's templates through the engine port, read-only, within the configured time and row limits.</summary>
public sealed class GraphQueryRunner(ICypherEngine engine, IOptions<GraphOptions> options, ILogger<GraphQueryRunner> logger)
{
    private readonly QueryOptions queryOptions = new()
    {
        Mode = AccessMode.Read,
        Timeout = options.Value.QueryTimeout,
        MaxRows = options.Value.MaxRows,
    };

    /// <summary>The engine's name, for logs and the status line.</summary>
    public string EngineName => engine.Name;

    /// <summary>Streams the records of one template; disposing the enumeration or cancelling stops the query.</summary>
    public IAsyncEnumerable<CypherRecord> StreamAsync(
        string template,
        IReadOnlyDictionary<string, object?> parameters,
        CancellationToken cancellationToken) => StreamAsync(template, parameters, queryOptions, cancellationToken);

    /// <summary>
    /// Streams the records of a template that reads a whole category of the graph at once (the influence scores),
    /// under its own, larger limits.
    /// </summary>
    public IAsyncEnumerable<CypherRecord> StreamWholeAsync(
        string template,
        IReadOnlyDictionary<string, object?> parameters,
        CancellationToken cancellationToken) =>
        StreamAsync(template, parameters, queryOptions with { Timeout = options.Value.InfluenceTimeout, MaxRows = options.Value.MaxInfluenceRelationships }, cancellationToken);

    private async IAsyncEnumerable<CypherRecord> StreamAsync(
        string template,
        IReadOnlyDictionary<string, object?> parameters,
        QueryOptions limits,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = 0;
        await using var cursor = await engine.RunAsync(new CypherQuery(template, parameters), limits, cancellationToken);
        await foreach (var record in cursor.WithCancellation(cancellationToken))
        {
            rows++;
            yield return record;
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            Log.QueryCompleted(logger, engine.Name, rows, Stopwatch.GetElapsedTime(started).TotalMilliseconds, FirstLine(template));
        }
    }

    /// <summary>Runs one template and reads all its records.</summary>
    public async Task<List<CypherRecord>> ReadAllAsync(
        string template,
        IReadOnlyDictionary<string, object?> parameters,
        CancellationToken cancellationToken)
    {
        var records = new List<CypherRecord>();
        await foreach (var record in StreamAsync(template, parameters, cancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    private static string FirstLine(string template)
    {
        var end = template.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? template : template[..end];
    }
}
