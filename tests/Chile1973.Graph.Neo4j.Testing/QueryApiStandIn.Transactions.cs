using System.Globalization;
using System.Net;
using Chile1973.Graph.Core.Querying;
using Microsoft.AspNetCore.Http;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>Explicit transactions (<c>/query/v2/tx</c>, https://neo4j.com/docs/query-api/current/transactions/).</summary>
public sealed partial class QueryApiStandIn
{
    private Task BeginAsync(HttpContext context) => HandleAsync(context, async request =>
    {
        var mode = request?.Mode ?? AccessMode.Write;
        StandInTransaction transaction;
        await writeGate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            var id = Interlocked.Increment(ref transactionCount).ToString("x", CultureInfo.InvariantCulture);
            transaction = new StandInTransaction(id, StoreCopy.Of(engine.Store), Interlocked.Read(ref version), mode);
        }
        finally
        {
            writeGate.Release();
        }

        transactions[transaction.Id] = transaction;
        return await RunInAsync(transaction, request, commit: false, context.RequestAborted).ConfigureAwait(false);
    }, statementOptional: true);

    private Task RunInTransactionAsync(HttpContext context) => HandleAsync(context, async request =>
        FindTransaction(context) is { } transaction
            ? await RunInAsync(transaction, request, commit: false, context.RequestAborted).ConfigureAwait(false)
            : TransactionNotFound(context), statementOptional: true);

    private Task CommitAsync(HttpContext context) => HandleAsync(context, async request =>
        FindTransaction(context) is { } transaction
            ? await RunInAsync(transaction, request, commit: true, context.RequestAborted).ConfigureAwait(false)
            : TransactionNotFound(context), statementOptional: true);

    private Task RollbackAsync(HttpContext context) => HandleAsync(context, request =>
    {
        if (FindTransaction(context) is not { } transaction)
        {
            return Task.FromResult(TransactionNotFound(context));
        }

        Close(transaction);
        return Task.FromResult(StatementAnswer.Succeeded([], [], QueryCounters.None, null) with { Status = HttpStatusCode.OK });
    }, statementOptional: true);

    private async Task<StatementAnswer> RunInAsync(StandInTransaction transaction, StandInRequest? request, bool commit, CancellationToken cancellationToken)
    {
        await transaction.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var answer = request is { Statement.Length: > 0 }
                ? await RunAsync(transaction.Engine, request with { Mode = transaction.Mode }, cancellationToken).ConfigureAwait(false)
                : StatementAnswer.Succeeded([], [], QueryCounters.None, null);

            // "If a response does not contain the transaction key, the corresponding transaction has
            // been closed. This happens after most errors are raised" (https://neo4j.com/docs/query-api/current/transactions/).
            if (answer.ErrorCode is not null)
            {
                Close(transaction);
                return answer;
            }

            transaction.HasWrites |= answer.Counters.ContainsUpdates;
            if (!commit)
            {
                transaction.Expires = DateTimeOffset.UtcNow.AddSeconds(60);
                return answer with { Transaction = transaction };
            }

            Close(transaction);
            if (!transaction.HasWrites)
            {
                return answer with { Bookmark = NextBookmark() };
            }

            await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Interlocked.Read(ref version) != transaction.BaseVersion)
                {
                    return StatementAnswer.Failed([], [], "Neo.TransientError.Transaction.Outdated",
                        $"Transaction {transaction.Id} was not committed: the graph changed since it began, and this stand-in does not merge concurrent writes. Run the transaction again.");
                }

                engine = transaction.Engine;
                Interlocked.Increment(ref version);
            }
            finally
            {
                writeGate.Release();
            }

            return answer with { Bookmark = NextBookmark() };
        }
        finally
        {
            transaction.Gate.Release();
        }
    }

    private StandInTransaction? FindTransaction(HttpContext context) =>
        context.Request.RouteValues["id"] is string id && transactions.TryGetValue(id, out var transaction) ? transaction : null;

    private void Close(StandInTransaction transaction) => transactions.TryRemove(transaction.Id, out _);

    private static StatementAnswer TransactionNotFound(HttpContext context) => StatementAnswer.Failed([], [], Neo4jStatus.RequestInvalid,
        $"Transaction with Id: \"{context.Request.RouteValues["id"]}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.")
        with { Status = HttpStatusCode.NotFound };
}
