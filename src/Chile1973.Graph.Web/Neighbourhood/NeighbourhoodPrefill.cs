using System.Diagnostics;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Computes and keeps the neighbourhoods of the graph's best-connected nodes (<see cref="NeighbourhoodCacheOptions.Prefill"/>
/// of them, in <see cref="WarmUpPlan.Shapes"/>) before the app says it is ready, after the warm-ups have emptied the
/// caches. A ring ranks neighbours by degree, so readers reach the hubs within a few moves wherever they start, and a
/// hub's walk is the dearest of all: on the generated 1M graph, 200 readers walked 50 to 67 nodes of a thousand
/// relationships or more a second in their first seconds (each 5 to 7 ms of processor time), none after the first
/// eight, while the cache was empty. The nodes are the graph's, by degree, not any reader's: readers are sent what
/// a walk computes, only sooner. With Neo4j nothing is computed, as a server still down would hold up the start.
/// </summary>
internal sealed class NeighbourhoodPrefill(
    INeighbourhoodQuery neighbourhoods,
    GraphQueryRunner runner,
    IOptions<NeighbourhoodCacheOptions> cache,
    IOptions<GraphOptions> options,
    ILogger<NeighbourhoodPrefill> logger) : IHostedLifecycleService
{
    private volatile bool done;
    private int total;
    private int kept;

    /// <summary>False from the start until the neighbourhoods are kept, or there was nothing to compute.</summary>
    public bool Done => done || !Applies;

    /// <summary>The nodes whose neighbourhoods are kept so far, and how many there are to keep.</summary>
    public (int Kept, int Total) Progress => (Volatile.Read(ref kept), Volatile.Read(ref total));

    private bool Applies => cache.Value.Prefill > 0 && cache.Value.MaxElements > 0 && options.Value.Engine == GraphEngineKind.Embedded;

    public Task StartedAsync(CancellationToken cancellationToken) => Applies ? FillAsync(cancellationToken) : Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var walks = 0;
        try
        {
            var best = await runner.ReadAllAsync(ExplorerQueries.MostConnectedNodes,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["take"] = (long)cache.Value.Prefill }, cancellationToken);
            var ids = best.Select(r => RecordReader.OptionalString(r, ExplorerColumns.Id)).OfType<string>().ToList();
            Volatile.Write(ref total, ids.Count);
            Log.NeighbourhoodPrefillStarted(logger, ids.Count);
            var shapes = WarmUpPlan.Shapes.Where(s => s.Limit <= options.Value.MaxNeighbourhoodElements).ToList();
            // One node per core at a time: nothing else runs before the app is ready, and the cache keeps each answer
            // once however its walks interleave.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(ids, parallel, async (id, token) =>
            {
                foreach (var (depth, limit) in shapes)
                {
                    await foreach (var _ in neighbourhoods.StreamAsync(id, depth, limit, token))
                    {
                    }

                    Interlocked.Increment(ref walks);
                }

                Interlocked.Increment(ref kept);
            });

            Log.NeighbourhoodPrefilled(logger, ids.Count, Volatile.Read(ref walks), Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            // Everything the start made and keeps (the graph, the kept answers) moved to the oldest generation now,
            // while no reader waits: the first collection after the start promoted it all, a pause of 120 ms in the
            // middle of a load on the article graph.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // It only saves readers time: a walk that fails (the engine's own limits on a huge graph) must not stop
            // the start. What is kept is kept; readers meet the failure in their own walks, and report it.
            Log.NeighbourhoodPrefillFailed(logger, Volatile.Read(ref kept), Volatile.Read(ref walks), e);
        }
        finally
        {
            done = true;
        }
    }
}
