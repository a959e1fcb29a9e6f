namespace Chile1973.Graph.Cypher.Execution.Operators;

/// <summary>
/// <c>CALL { ... } IN TRANSACTIONS</c>: takes the incoming rows in batches and runs the subquery (<paramref name="call"/>)
/// over each batch, then commits what the batch wrote, so a later failure leaves it in place. A failing batch is
/// rolled back; with ON ERROR CONTINUE or BREAK its rows go on with nulls for the subquery's columns (BREAK also
/// skips every later batch), and the status map in <paramref name="statusSlot"/> (-1 without REPORT STATUS) says
/// what happened to the row's batch: started, committed, transactionId, errorMessage.
/// </summary>
internal sealed class CallInTransactionsOperator(
    Operator input, CallSubqueryOperator call, int[] columnSlots, Evaluator? batchSize, TransactionErrorMode onError, int statusSlot) : Operator
{
    // Neo4j's default batch size ("CALL subqueries in transactions": OF 1000 ROWS).
    private const long DefaultBatchSize = 1000;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] seed)
    {
        var write = context.Write;
        var size = BatchSize(context, seed);
        var batch = new List<object?[]>();
        var batches = 0;
        var broken = false;
        foreach (var row in input.Run(context, seed))
        {
            batch.Add(row);
            if (batch.Count < size)
            {
                continue;
            }

            foreach (var output in RunBatch(context, write, batch, ++batches, ref broken))
            {
                yield return output;
            }

            batch = [];
        }

        if (batch.Count > 0)
        {
            foreach (var output in RunBatch(context, write, batch, ++batches, ref broken))
            {
                yield return output;
            }
        }
    }

    private long BatchSize(QueryContext context, object?[] seed)
    {
        if (batchSize is null)
        {
            return DefaultBatchSize;
        }

        return batchSize(context, seed) switch
        {
            long n when n > 0 => n,
            var other => CypherErrors.ArgumentError<long>(
                "InvalidArgumentValue", $"OF ... ROWS needs a positive INTEGER, not {Core.Values.CypherValues.TypeName(other)} {other}."),
        };
    }

    private List<object?[]> RunBatch(QueryContext context, StoreWrite? write, List<object?[]> rows, int number, ref bool broken)
    {
        var id = $"embedded-transaction-{number}";
        if (broken)
        {
            return Failed(rows, Status(false, false, null, null));
        }

        // A subquery that only reads has nothing to commit or roll back.
        var savepoint = write?.Savepoint();
        try
        {
            var outputs = new List<object?[]>();
            foreach (var row in rows)
            {
                outputs.AddRange(call.RunOne(context, row));
            }

            if (write?.FindDeletedNodeStillConnected() >= 0)
            {
                throw new CypherException(CypherErrorKind.ConstraintVerificationFailed, "DeleteConnectedNode",
                    "Cannot delete a node that still has relationships; use DETACH DELETE.", CypherErrorPhase.Runtime);
            }

            write?.CommitSoFar();
            var status = Status(true, true, id, null);
            foreach (var output in outputs)
            {
                SetStatus(output, status);
            }

            return outputs;
        }
        catch (CypherException error) when (onError != TransactionErrorMode.Fail)
        {
            if (savepoint is not null)
            {
                write!.RollbackTo(savepoint);
            }

            broken = onError == TransactionErrorMode.Break;
            return Failed(rows, Status(true, false, id, PlainMessage(error)));
        }
    }

    // The error's own words, without the query position the message ends with.
    private static string PlainMessage(CypherException error) =>
        error.Position is { } position && error.Message.EndsWith($" ({position})", StringComparison.Ordinal)
            ? error.Message[..^($" ({position})".Length)]
            : error.Message;

    // The rows of a batch that did not commit: each goes on once, with nulls for what the subquery would have returned.
    private List<object?[]> Failed(List<object?[]> rows, Dictionary<string, object?> status) =>
    [
        .. rows.Select(row =>
        {
            var output = WithNulls(row, columnSlots);
            SetStatus(output, status);
            return output;
        }),
    ];

    private void SetStatus(object?[] row, Dictionary<string, object?> status)
    {
        if (statusSlot >= 0)
        {
            row[statusSlot] = status;
        }
    }

    private static Dictionary<string, object?> Status(bool started, bool committed, string? transactionId, string? errorMessage) => new(StringComparer.Ordinal)
    {
        ["started"] = started,
        ["committed"] = committed,
        ["transactionId"] = transactionId,
        ["errorMessage"] = errorMessage,
    };
}
