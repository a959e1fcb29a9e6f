using System.Diagnostics;
using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Benchmarks;

/// <summary>An engine that passes queries on and counts them, their parameters' list sizes, their rows and their time: where one lens request's work goes.</summary>
internal sealed class CountingEngine(ICypherEngine inner) : ICypherEngine
{
    private readonly List<(string Template, int Listed, int Rows, double Milliseconds)> queries = [];

    public string Name => inner.Name;

    /// <summary>The queries since the last <see cref="Clear"/>: the first line of the template, the largest list parameter, rows and wall time.</summary>
    public IReadOnlyList<(string Template, int Listed, int Rows, double Milliseconds)> Queries => queries;

    public void Clear() => queries.Clear();

    public async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var started = Stopwatch.GetTimestamp();
        var cursor = await inner.RunAsync(query, options, cancellationToken).ConfigureAwait(false);
        var listed = query.Parameters?.Values.OfType<System.Collections.ICollection>().Select(c => c.Count).DefaultIfEmpty(0).Max() ?? 0;
        var name = query.Text.Split('\n')[^1].Trim();
        return new Counted(cursor, rows => queries.Add((name, listed, rows, Stopwatch.GetElapsedTime(started).TotalMilliseconds)));
    }

    private sealed class Counted(ICypherCursor inner, Action<int> done) : ICypherCursor
    {
        private int rows;
        private bool reported;

        public IReadOnlyList<string> Keys => inner.Keys;

        public async IAsyncEnumerator<CypherRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            await foreach (var record in inner.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                rows++;
                yield return record;
            }

            Report();
        }

        public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default) => inner.ConsumeAsync(cancellationToken);

        public ValueTask DisposeAsync()
        {
            Report();
            return inner.DisposeAsync();
        }

        private void Report()
        {
            if (!reported)
            {
                reported = true;
                done(rows);
            }
        }
    }
}
