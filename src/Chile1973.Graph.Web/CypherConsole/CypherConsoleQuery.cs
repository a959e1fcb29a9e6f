using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Cypher.ReadOnly;

namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>
/// Runs the page's own Cypher: refused before it runs unless the embedded analyser finds it read-only, then run
/// in read mode (Neo4j refuses writes in a read transaction too) within the console's time and row limits, and
/// streamed back in chunks as the rows arrive. It runs on <see cref="ConsoleThreads"/>, never on the pool that serves
/// every other reader.
/// </summary>
public sealed class CypherConsoleQuery(
    ICypherEngine engine,
    ConsoleThreads threads,
    IOptions<ConsoleOptions> consoleOptions,
    IOptions<GraphOptions> graphOptions,
    ILogger<CypherConsoleQuery> logger)
{
    private readonly ConsoleOptions limits = consoleOptions.Value;

    private readonly QueryOptions queryOptions = new()
    {
        Mode = AccessMode.Read,
        Timeout = consoleOptions.Value.Timeout,
        // The console stops reading at its row limit; this bounds what an engine may hold for one query.
        MaxRows = graphOptions.Value.MaxRows,
    };

    /// <summary>Streams the result of <paramref name="text"/>; cancelling stops the query in the engine.</summary>
    public async IAsyncEnumerable<ConsoleChunk> StreamAsync(
        string? text,
        IReadOnlyDictionary<string, object?>? parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A client may send anything; no text at all is the caller's mistake, told as such.
        if (text is null)
        {
            throw new ConsoleQueryException("A query is needed.");
        }

        EnsureReadOnly(text);
        var query = new CypherQuery(text, ConsoleParameters.FromJson(parameters));

        // The query runs on a console thread and hands its chunks over; a chunk or two waits while the client reads.
        var chunks = Channel.CreateBounded<ConsoleChunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = threads.Run(() => ProduceAsync(query, chunks.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                yield return chunk;
            }

            // The query's own error (a limit, a bad parameter) ends the stream with it.
            await run;
        }
        finally
        {
            // The reader left early (cancelled, or the connection closed): the query stops in the engine before the stream ends.
            await stop.CancelAsync();
            await run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ProduceAsync(CypherQuery query, ChannelWriter<ConsoleChunk> chunks, CancellationToken cancellationToken)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var cursor = await Run(query, cancellationToken);
            await using var _ = cursor;
            await using var records = cursor.GetAsyncEnumerator(cancellationToken);

            await chunks.WriteAsync(new ConsoleChunk(Columns: cursor.Keys), cancellationToken);
            var elements = new ResultElements();
            var rows = new List<IReadOnlyList<string>>();
            var count = 0L;
            var truncated = false;
            var lastFlush = Stopwatch.GetTimestamp();
            while (await Next(records, cancellationToken))
            {
                if (count == limits.RowLimit)
                {
                    truncated = true;
                    break;
                }

                count++;
                var cells = new string[records.Current.Values.Count];
                for (var i = 0; i < cells.Length; i++)
                {
                    var value = records.Current.Values[i];
                    cells[i] = CypherValues.ToLiteral(value);
                    elements.Add(value);
                }

                rows.Add(cells);
                if (rows.Count >= limits.BatchSize || Stopwatch.GetElapsedTime(lastFlush) >= limits.FlushInterval)
                {
                    await chunks.WriteAsync(Chunk(rows, elements, summary: null), cancellationToken);
                    rows = [];
                    lastFlush = Stopwatch.GetTimestamp();
                }
            }

            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.ConsoleQueryCompleted(logger, engine.Name, count, truncated, ms);
            await chunks.WriteAsync(
                Chunk(rows, elements, new ConsoleSummary(count, Math.Round(ms, 1), truncated, limits.RowLimit, limits.Timeout.TotalSeconds)),
                cancellationToken);
        }
        finally
        {
            chunks.TryComplete();
        }
    }

    private static void EnsureReadOnly(string text)
    {
        ReadOnlyVerdict verdict;
        try
        {
            verdict = ReadOnlyQuery.Classify(text);
        }
        catch (CypherException error)
        {
            throw new ConsoleQueryException(error.Message, error);
        }

        if (!verdict.IsReadOnly)
        {
            throw new ConsoleQueryException(
                $"The console is read-only: {verdict.Write} would change the graph, so the query was not run ({verdict.Position}).");
        }
    }

    private async Task<ICypherCursor> Run(CypherQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.RunAsync(query, queryOptions, cancellationToken);
        }
        catch (CypherException error)
        {
            throw new ConsoleQueryException(error.Message, error);
        }
    }

    private static async Task<bool> Next(IAsyncEnumerator<CypherRecord> records, CancellationToken cancellationToken)
    {
        try
        {
            return await records.MoveNextAsync();
        }
        catch (CypherException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConsoleQueryException(error.Message, error);
        }
    }

    private static ConsoleChunk Chunk(List<IReadOnlyList<string>> rows, ResultElements elements, ConsoleSummary? summary)
    {
        var (nodes, edges) = elements.Take();
        return new ConsoleChunk(
            Rows: rows.Count > 0 ? rows : null,
            Nodes: nodes.Count > 0 ? nodes : null,
            Edges: edges.Count > 0 ? edges : null,
            Summary: summary);
    }
}
