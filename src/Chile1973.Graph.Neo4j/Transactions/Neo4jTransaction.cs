using System.Net;

namespace Chile1973.Graph.Neo4j.Transactions;

/// <summary>
/// An explicit Query API transaction (<c>/query/v2/tx/{id}</c>, Neo4j 5.26+). Statements run in it
/// commit together or not at all; disposing it without <see cref="CommitAsync"/> rolls it back.
/// Aura's <c>neo4j-cluster-affinity</c> header is echoed on every request when the server sent one.
/// </summary>
/// <remarks>
/// The client follows the server's own idea of the transaction (https://neo4j.com/docs/query-api/current/transactions/): an answer that
/// names the transaction keeps it open; an answer without the <c>transaction</c> key, or a 404 for an
/// unknown or expired id, means the server has closed it and holds nothing to roll back.
/// <c>TransactionAccessedConcurrently</c> leaves it open and usable. When no answer came (a dropped
/// connection, a timeout) the server may still hold it and its locks, so it is rolled back on dispose.
/// </remarks>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private const string AccessedConcurrently = "Neo.ClientError.Transaction.TransactionAccessedConcurrently";

    private readonly Neo4jCypherEngine engine;
    private TransactionState state = TransactionState.Open;
    private string? closedBecause;

    internal Neo4jTransaction(Neo4jCypherEngine engine, QueryOptions options, string id, string? affinity)
    {
        this.engine = engine;
        Options = options;
        Id = id;
        Affinity = affinity;
    }

    /// <summary>The server's id of the transaction.</summary>
    public string Id { get; }

    /// <summary>Where the transaction stands, as far as the server's answers tell.</summary>
    public TransactionState State => state;

    internal QueryOptions Options { get; }

    internal string? Affinity { get; set; }

    /// <summary>
    /// Runs a statement in the transaction. When Neo4j answers with an error the transaction is
    /// usually gone on the server as well; <see cref="State"/> says whether it is.
    /// </summary>
    public async Task<ICypherCursor> RunAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowUnlessOpen();
        try
        {
            var (cursor, open) = await engine.RunInTransactionAsync(this, query, string.Empty, HttpMethod.Post, cancellationToken).ConfigureAwait(false);
            if (!open)
            {
                // A 202 with the rows before a run-time error and no transaction key (https://neo4j.com/docs/query-api/current/transactions/).
                Close("an error after the first rows");
            }

            return cursor;
        }
        catch (Exception failure) when (failure is CypherException or OperationCanceledException)
        {
            AfterFailure(failure);
            throw;
        }
    }

    /// <summary>Commits everything the transaction ran.</summary>
    public async Task<ResultSummary> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowUnlessOpen();
        try
        {
            var (cursor, _) = await engine.RunInTransactionAsync(this, new CypherQuery(string.Empty), "/commit", HttpMethod.Post, cancellationToken)
                .ConfigureAwait(false);
            try
            {
                var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                state = TransactionState.Committed;
                return summary;
            }
            finally
            {
                await cursor.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception failure) when (failure is CypherException or OperationCanceledException)
        {
            AfterFailure(failure);
            throw;
        }
    }

    /// <summary>
    /// Rolls back everything the transaction ran. Does nothing once the transaction is committed or
    /// closed; an unknown or expired id means the server has already rolled it back.
    /// </summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (state is not (TransactionState.Open or TransactionState.Unsettled))
        {
            return;
        }

        try
        {
            // The server answers 200 with an empty body or {} (https://neo4j.com/docs/query-api/current/transactions/).
            var (cursor, _) = await engine.RunInTransactionAsync(this, new CypherQuery(string.Empty), string.Empty, HttpMethod.Delete, cancellationToken)
                .ConfigureAwait(false);
            await cursor.DisposeAsync().ConfigureAwait(false);
            state = TransactionState.RolledBack;
        }
        catch (CypherException failure) when (IsUnknownTransaction(failure))
        {
            state = TransactionState.RolledBack;
        }
    }

    /// <summary>Rolls back unless the transaction is committed or the server has closed it; a failed rollback is left to the server's idle timeout.</summary>
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

    private void ThrowUnlessOpen()
    {
        switch (state)
        {
            case TransactionState.Open:
                return;
            case TransactionState.Closed:
                throw new InvalidOperationException(
                    $"Neo4j closed transaction {Id} after {closedBecause} and rolled back everything it ran; run the whole unit of work again.");
            case TransactionState.Unsettled:
                throw new InvalidOperationException(
                    $"Transaction {Id} got no answer to a request after {closedBecause}, so what it ran is unknown; dispose it to roll it back and run the whole unit of work again.");
            default:
                throw new ObjectDisposedException(nameof(Neo4jTransaction), $"Transaction {Id} is already {state.ToString().ToLowerInvariant()}.");
        }
    }

    // Decides from the answer (or its absence) whether the server still holds the transaction.
    private void AfterFailure(Exception failure)
    {
        switch (failure.InnerException)
        {
            // Two requests met in the same transaction: the other one goes on, and so does this
            // transaction; only the request that lost the race failed.
            case Neo4jServerException server when server.First.Code == AccessedConcurrently:
                return;
            // An answer that still names the transaction keeps it open.
            case Neo4jServerException { Partial.TransactionId: not null }:
                return;
            // "An authentication error ... results in a rollback. The transaction remains open
            // though" (https://neo4j.com/docs/query-api/current/transactions/): nothing it ran is left, so only a rollback makes sense.
            case Neo4jServerException server when server.First.Code == "Neo.ClientError.Security.Unauthorized":
                MarkUnsettled(server.First.Code);
                return;
            // "If a response does not contain the transaction key, the corresponding transaction has
            // been closed. This happens after most errors are raised" (https://neo4j.com/docs/query-api/current/transactions/); a 404 for
            // an unknown or expired id says the same.
            case Neo4jServerException server:
                Close(server.First.Code);
                return;
            // Refused before sending (a parameter Neo4j cannot take), or an answer that kept the
            // transaction open but that the client will not hand on (more rows than allowed).
            case ArgumentException:
            case null when failure is CypherException:
                return;
            default:
                // No answer: the server may still hold the transaction and its locks.
                MarkUnsettled(failure is OperationCanceledException ? "a cancelled request" : "a failed request");
                return;
        }
    }

    private void Close(string reason)
    {
        state = TransactionState.Closed;
        closedBecause = reason;
    }

    private void MarkUnsettled(string reason)
    {
        state = TransactionState.Unsettled;
        closedBecause = reason;
    }

    private static bool IsUnknownTransaction(CypherException failure) => failure.InnerException is Neo4jServerException
    {
        Status: HttpStatusCode.NotFound,
        First.Code: "Neo.ClientError.Request.Invalid" or "Neo.ClientError.Transaction.TransactionNotFound",
    };
}
