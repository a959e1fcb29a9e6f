using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Neo4j.Transactions;

/// <summary>
/// An explicit Query API transaction (<c>/query/v2/tx/{id}</c>, Neo4j 5.26+). Statements run in it
/// commit together or not at all; disposing it without <see cref="CommitAsync"/> rolls it back.
/// Aura's <c>neo4j-cluster-affinity</c> header is echoed on every request when the server sent one.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jCypherEngine engine;
    private bool finished;

    internal Neo4jTransaction(Neo4jCypherEngine engine, QueryOptions options, string id, string? affinity)
    {
        this.engine = engine;
        Options = options;
        Id = id;
        Affinity = affinity;
    }

    /// <summary>The server's id of the transaction.</summary>
    public string Id { get; }

    internal QueryOptions Options { get; }

    internal string? Affinity { get; set; }

    /// <summary>Runs a statement in the transaction. A failure rolls the whole transaction back on the server.</summary>
    public async Task<ICypherCursor> RunAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(finished, this);
        try
        {
            return await engine.RunInTransactionAsync(this, query, string.Empty, HttpMethod.Post, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e) when (e.StatusCode is not null)
        {
            // "If a response does not contain the transaction key, the transaction has been closed.
            // This happens after most errors" (transactions.adoc): nothing is left to roll back.
            // Without an answer (a dropped connection) the server may still hold the transaction and
            // its locks until its idle timeout, so it stays open here for DisposeAsync to roll back.
            finished = true;
            throw;
        }
    }

    /// <summary>Commits everything the transaction ran.</summary>
    public async Task<ResultSummary> CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        await using var cursor = await engine.RunInTransactionAsync(this, new CypherQuery(string.Empty), "/commit", HttpMethod.Post, cancellationToken)
            .ConfigureAwait(false);
        return await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back everything the transaction ran.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (finished)
        {
            return;
        }

        finished = true;
        await using var cursor = await engine.RunInTransactionAsync(this, new CypherQuery(string.Empty), string.Empty, HttpMethod.Delete, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Rolls back unless the transaction was committed; a failed rollback is left to the server's idle timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (CypherException)
        {
            // The server rolls back an abandoned transaction after its idle timeout (60 s by default).
        }
    }
}
