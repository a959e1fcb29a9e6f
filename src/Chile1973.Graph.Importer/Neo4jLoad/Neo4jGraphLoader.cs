using System.Diagnostics;
using Chile1973.Graph.Neo4j;
using Chile1973.Graph.Neo4j.Transactions;

namespace Chile1973.Graph.Importer.Neo4jLoad;

/// <summary>Runs a <see cref="GraphLoadPlan"/> against Neo4j.</summary>
public static class Neo4jGraphLoader
{
    /// <summary>
    /// Runs the plan. By default each batch is its own transaction, retried on transient failures
    /// (it is idempotent), so a failure part-way leaves a graph the next run completes. With
    /// <paramref name="atomic"/> all data batches share one explicit transaction: all or nothing.
    /// </summary>
    public static async Task<LoadResult> LoadAsync(
        Neo4jCypherEngine engine,
        GraphLoadPlan plan,
        bool atomic = false,
        string? database = null,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var options = QueryOptions.Write with { Database = database };
        var counters = QueryCounters.None;
        var done = 0;
        long rows = 0;

        // Schema statements cannot share a transaction with data writes: they always run on their own.
        foreach (var step in plan.Steps.Where(s => s.IsSchema))
        {
            progress?.Report(new LoadProgress(step.Description, done, plan.StatementCount, rows));
            counters = Add(counters, await Run(engine, new CypherQuery(step.Cypher), options, cancellationToken).ConfigureAwait(false));
            done++;
        }

        Neo4jTransaction? transaction = atomic ? await engine.BeginTransactionAsync(options, cancellationToken).ConfigureAwait(false) : null;
        await using (transaction)
        {
            foreach (var step in plan.Steps.Where(s => !s.IsSchema))
            {
                foreach (var batch in step.Batches)
                {
                    progress?.Report(new LoadProgress(step.Description, done, plan.StatementCount, rows));
                    var query = new CypherQuery(step.Cypher, new Dictionary<string, object?> { ["rows"] = batch });
                    var summary = transaction is null
                        ? await Run(engine, query, options, cancellationToken).ConfigureAwait(false)
                        : await Consume(await transaction.RunAsync(query, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                    counters = Add(counters, summary);
                    rows += batch.Count;
                    done++;
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        progress?.Report(new LoadProgress("done", done, plan.StatementCount, rows));
        return new LoadResult(done, rows, counters, clock.Elapsed);
    }

    private static async Task<QueryCounters> Run(Neo4jCypherEngine engine, CypherQuery query, QueryOptions options, CancellationToken cancellationToken) =>
        await Consume(await engine.RunIdempotentAsync(query, options, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private static async Task<QueryCounters> Consume(ICypherCursor cursor, CancellationToken cancellationToken)
    {
        try
        {
            return (await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false)).Counters;
        }
        finally
        {
            await cursor.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static QueryCounters Add(QueryCounters a, QueryCounters b) => new()
    {
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
        IndexesAdded = a.IndexesAdded + b.IndexesAdded,
        IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
        ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
    };
}
