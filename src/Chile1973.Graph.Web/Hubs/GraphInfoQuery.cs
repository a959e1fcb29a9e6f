using System.Diagnostics;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// Reads the graph's size and picks the first view: the configured start node, else the most connected one.
/// The answer is kept for a while: counting a graph of millions on every connection would cost more
/// than all the expansions that follow.
/// </summary>
public sealed class GraphInfoQuery(GraphQueryRunner runner, IOptions<GraphOptions> options) : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim reading = new(1, 1);
    private (GraphInfo Info, long At)? kept;

    /// <summary>The graph's size and first node.</summary>
    public async Task<GraphInfo> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } info)
        {
            return info;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
            {
                return again;
            }

            var read = await ReadAsync(cancellationToken);
            kept = (read, Stopwatch.GetTimestamp());
            return read;
        }
        finally
        {
            reading.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => reading.Dispose();

    private GraphInfo? Fresh() => kept is { } k && Stopwatch.GetElapsedTime(k.At) < KeepFor ? k.Info : null;

    private async Task<GraphInfo> ReadAsync(CancellationToken cancellationToken)
    {
        var empty = new Dictionary<string, object?>();
        var counts = await runner.ReadAllAsync(ExplorerQueries.Counts, empty, cancellationToken);
        var nodes = counts is [var c, ..] ? RecordReader.Long(c, ExplorerColumns.Nodes) : 0;
        var relationships = counts is [var d, ..] ? RecordReader.Long(d, ExplorerColumns.Relationships) : 0;

        var configured = options.Value.StartNodeId;
        var start = await runner.ReadAllAsync(ExplorerQueries.NodeElement, new Dictionary<string, object?> { ["id"] = configured }, cancellationToken);
        string? startId = configured;
        if (start.Count == 0)
        {
            var hub = await runner.ReadAllAsync(ExplorerQueries.MostConnectedNodes, new Dictionary<string, object?> { ["take"] = 1L }, cancellationToken);
            startId = hub is [var h, ..] ? RecordReader.OptionalString(h, ExplorerColumns.Id) : null;
        }

        return new GraphInfo(runner.EngineName, nodes, relationships, startId);
    }
}
