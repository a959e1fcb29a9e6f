using System.Diagnostics;
using System.Runtime.CompilerServices;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Cypher.ReadOnly;

namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>
/// Runs the page's own Cypher: refused before it runs unless the embedded analyser finds it read-only, then run
/// in read mode (Neo4j refuses writes in a read transaction too) within the console's time and row limits, and
/// streamed back in chunks as the rows arrive.
/// </summary>
public sealed class CypherConsoleQuery(
    ICypherEngine engine,
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
        string text,
        IReadOnlyDictionary<string, object?>? parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The embedded engine may compute an aggregate synchronously inside RunAsync; leaving the caller's thread first
        // keeps the connection's message loop free to receive the client's cancellation meanwhile.
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        EnsureReadOnly(text);
        var cursor = await Run(new CypherQuery(text, ConsoleParameters.FromJson(parameters)), cancellationToken);
        await using var _ = cursor;
        await using var records = cursor.GetAsyncEnumerator(cancellationToken);

        yield return new ConsoleChunk(Columns: cursor.Keys);
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
                yield return Chunk(rows, elements, summary: null);
                rows = [];
                lastFlush = Stopwatch.GetTimestamp();
            }
        }

        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.ConsoleQueryCompleted(logger, engine.Name, count, truncated, ms);
        yield return Chunk(rows, elements, new ConsoleSummary(count, Math.Round(ms, 1), truncated, limits.RowLimit, limits.Timeout.TotalSeconds));
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
