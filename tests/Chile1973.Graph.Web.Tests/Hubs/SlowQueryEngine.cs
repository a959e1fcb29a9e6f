using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// The real engine, made slow on chosen templates: before each, it runs a query that counts a billion numbers, far past
/// any short time limit, under the options the caller gave, so that the engine's own time limit is what ends it. What
/// limit each slow query was given, and how it ended, is kept.
/// </summary>
internal sealed class SlowQueryEngine(ICypherEngine inner, SlowQueryEngine.Slowness slowness) : ICypherEngine
{
    private const string Heavy = "UNWIND range(1, 1000000000) AS i RETURN count(i) AS n";

    public string Name => inner.Name;

    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        if (slowness.Slows(query.Text))
        {
            await RunHeavyAsync(options, cancellationToken);
        }

        return await inner.RunAsync(query, options, cancellationToken);
    }

    private async Task RunHeavyAsync(QueryOptions options, CancellationToken cancellationToken)
    {
        string ending;
        try
        {
            await using var cursor = await inner.RunAsync(new CypherQuery(Heavy), options, cancellationToken);
            await foreach (var _ in cursor.WithCancellation(cancellationToken))
            {
            }

            ending = "ran to the end";
        }
        catch (CypherException error)
        {
            slowness.Ended(options.Timeout, error.Detail);
            throw;
        }
        catch (OperationCanceledException)
        {
            slowness.Ended(options.Timeout, "cancelled by the caller");
            throw;
        }

        slowness.Ended(options.Timeout, ending);
    }

    /// <summary>Which templates are slow, until <see cref="Stop"/>; the time limit and ending of every slow query.</summary>
    public sealed class Slowness(params string[] templates)
    {
        private readonly List<(TimeSpan? Limit, string Ending)> runs = [];
        private volatile bool stopped;

        public IReadOnlyList<(TimeSpan? Limit, string Ending)> Runs
        {
            get
            {
                lock (runs)
                {
                    return [.. runs];
                }
            }
        }

        public bool Slows(string text) => !stopped && templates.Contains(text, StringComparer.Ordinal);

        public void Stop() => stopped = true;

        public void Ended(TimeSpan? limit, string ending)
        {
            lock (runs)
            {
                runs.Add((limit, ending));
            }
        }
    }
}
