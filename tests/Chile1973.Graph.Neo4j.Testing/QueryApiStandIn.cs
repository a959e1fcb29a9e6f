using System.Collections.Concurrent;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// A stand-in for Neo4j's HTTP Query API v2 (https://neo4j.com/docs/query-api/current/) on a real Kestrel at 127.0.0.1: it speaks
/// the documented wire format (typed or plain JSON, counters, bookmarks, <c>errors</c> bodies with
/// Neo4j status codes, Basic auth, access modes, explicit transactions) and runs every statement on
/// the embedded openCypher engine over a <see cref="GraphStore"/>, so what a client writes really is
/// in the graph it reads.
/// </summary>
/// <remarks>
/// What it cannot prove: Neo4j's own planner, its constraint enforcement and its Lucene full-text
/// analysis. Schema statements the embedded engine lacks (<c>CREATE CONSTRAINT</c>, <c>CREATE
/// [FULLTEXT] INDEX</c>, <c>CALL db.awaitIndexes</c>) are recognised and recorded in
/// <see cref="Schema"/>, not enforced: the embedded store keeps its own id and name indexes, and its
/// <c>db.index.fulltext.queryNodes('node_names', ...)</c> answers from them. An explicit transaction
/// runs on a private copy of the graph (same element ids) that its commit puts in place; a commit
/// after another write changed the graph is refused with a transient error rather than merged, and
/// an idle transaction does not expire (its <c>expires</c> is reported, not enforced).
/// </remarks>
public sealed partial class QueryApiStandIn : IAsyncDisposable
{
    /// <summary>The password the stand-in accepts unless told otherwise.</summary>
    public const string DefaultPassword = "stand-in-secret";

    private const string TypedMediaType = "application/vnd.neo4j.query";

    private readonly StandInOptions options;
    private readonly ConcurrentQueue<SchemaStatement> schema = new();
    private readonly ConcurrentQueue<StandInRequest> requests = new();
    private readonly ConcurrentDictionary<int, StandInFault> faults = new();
    private readonly ConcurrentDictionary<string, StandInTransaction> transactions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Implicit writes, transaction starts (the copy) and commits (the swap) take turns.
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private volatile EmbeddedCypherEngine engine;
    private long version;
    private int requestCount;
    private long bookmark;
    private long transactionCount;
    private LoopbackServer server = null!;

    private QueryApiStandIn(GraphStore store, StandInOptions options)
    {
        this.options = options;
        engine = new EmbeddedCypherEngine(store, ExplorerEngine.Options);
    }

    /// <summary>The address to give a client, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Uri => server.Uri;

    /// <summary>The user the stand-in accepts.</summary>
    public string User => options.User;

    /// <summary>The password the stand-in accepts.</summary>
    public string Password => options.Password;

    /// <summary>The committed graph every implicit statement runs on.</summary>
    public GraphStore Store => engine.Store;

    /// <summary>The embedded engine over <see cref="Store"/>, to look at the graph without going through HTTP.</summary>
    public EmbeddedCypherEngine Engine => engine;

    /// <summary>The schema statements received, in order.</summary>
    public IReadOnlyList<SchemaStatement> Schema => [.. schema];

    /// <summary>Every request to a database endpoint, in the order received (faulted ones included).</summary>
    public IReadOnlyList<StandInRequest> Requests => [.. requests.OrderBy(r => r.Number)];

    /// <summary>
    /// While true the server is "down": every request to a database endpoint has its connection
    /// dropped before anything is read, as a stopped server's would be. Set it back to come up again.
    /// </summary>
    public bool Down { get; set; }

    /// <summary>How many explicit transactions are open.</summary>
    public int OpenTransactions => transactions.Count;

    /// <summary>
    /// Client options that reach this stand-in, with short back-off so fault tests take milliseconds
    /// and a breaker that stays closed unless a test means to open it.
    /// </summary>
    public Neo4jOptions ClientOptions(int maxRetries = 3) => new()
    {
        Uri = Uri,
        User = User,
        Password = Password,
        Database = options.Database,
        // Generous per attempt: a busy machine must not turn a plain answer into a timeout.
        RequestTimeout = TimeSpan.FromSeconds(30),
        TotalTimeout = TimeSpan.FromSeconds(60),
        MaxRetries = maxRetries,
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        BreakerMinimumThroughput = 1000,
    };

    /// <summary>Starts a stand-in over <paramref name="store"/> (an empty graph when null).</summary>
    public static async Task<QueryApiStandIn> StartAsync(GraphStore? store = null, StandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        var standIn = new QueryApiStandIn(store ?? new GraphStore(), options ?? new StandInOptions());
        standIn.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", standIn.DiscoveryAsync);
            app.MapPost("/db/{database}/query/v2", standIn.QueryAsync);
            app.MapPost("/db/{database}/query/v2/tx", standIn.BeginAsync);
            app.MapPost("/db/{database}/query/v2/tx/{id}", standIn.RunInTransactionAsync);
            app.MapPost("/db/{database}/query/v2/tx/{id}/commit", standIn.CommitAsync);
            app.MapDelete("/db/{database}/query/v2/tx/{id}", standIn.RollbackAsync);
        }, cancellationToken).ConfigureAwait(false);
        return standIn;
    }

    /// <summary>
    /// Fails <paramref name="count"/> requests from the <paramref name="first"/>-th on (1-based, in the
    /// order they arrive at a database endpoint) with <paramref name="fault"/>.
    /// </summary>
    public void FailRequests(int first, int count, StandInFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        for (var n = first; n < first + count; n++)
        {
            faults[n] = fault;
        }
    }

    /// <summary>The number of the first request held by <see cref="StandInFault.StallAfterRunning"/>, once it ran and is held.</summary>
    public Task<int> WhenStalledAsync(CancellationToken cancellationToken) => stalled.Task.WaitAsync(cancellationToken);

    /// <summary>Stops failing requests.</summary>
    public void ClearFaults() => faults.Clear();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync().ConfigureAwait(false);
        foreach (var transaction in transactions.Values)
        {
            transaction.Dispose();
        }

        writeGate.Dispose();
    }

    private Task DiscoveryAsync(HttpContext context)
    {
        var baseUri = Uri.AbsoluteUri.TrimEnd('/');
        return Results.Json(new Dictionary<string, object>
        {
            ["query"] = $"{baseUri}/db/{{databaseName}}/query/v2",
            ["neo4j_version"] = "5.26.0",
            ["neo4j_edition"] = "community",
        }).ExecuteAsync(context);
    }

    private Task QueryAsync(HttpContext context) => HandleAsync(context, async received =>
    {
        // An implicit transaction's body always holds a statement: HandleAsync has checked it.
        var request = received!;
        StatementAnswer answer;
        if (request.Mode == AccessMode.Write)
        {
            await writeGate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                answer = await RunAsync(engine, request, context.RequestAborted).ConfigureAwait(false);
                if (answer.Counters.ContainsUpdates)
                {
                    Interlocked.Increment(ref version);
                }
            }
            finally
            {
                writeGate.Release();
            }
        }
        else
        {
            answer = await RunAsync(engine, request, context.RequestAborted).ConfigureAwait(false);
        }

        return answer;
    });

    /// <summary>
    /// What every database endpoint does first: count the request, play a planned fault, check the
    /// credentials and the database, read the body; then <paramref name="run"/> and answer.
    /// </summary>
    private async Task HandleAsync(HttpContext context, Func<StandInRequest?, Task<StatementAnswer>> run, bool statementOptional = false)
    {
        if (Down)
        {
            context.Abort();
            return;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var number = Interlocked.Increment(ref requestCount);
        var fault = faults.TryGetValue(number, out var planned) ? planned : (StandInFault?)null;
        var typed = AcceptsTyped(context.Request);
        StandInRequest? received = null;
        try
        {
            if (fault is StandInFault.TransientError or StandInFault.DatabaseError && FindTransaction(context) is { } failed)
            {
                // Every Neo4j error rolls the transaction back (https://neo4j.com/docs/status-codes/current/errors/).
                Close(failed);
            }

            switch (fault)
            {
                case StandInFault.ResetBeforeRunning:
                    context.Abort();
                    return;
                case StandInFault.TransientError:
                    await WriteErrorAsync(context, Neo4jStatus.DatabaseUnavailable,
                        "The database is not currently available to serve your request, refer to the database logs for more details. Retrying your request at a later time may succeed.")
                        .ConfigureAwait(false);
                    return;
                case StandInFault.DatabaseError:
                    await WriteErrorAsync(context, Neo4jStatus.UnknownError, "An unknown error occurred.").ConfigureAwait(false);
                    return;
            }

            if (!await AuthorizeAsync(context).ConfigureAwait(false) || !await CheckDatabaseAsync(context).ConfigureAwait(false))
            {
                return;
            }

            if (body.Length > 0 || !statementOptional)
            {
                if (!TryParse(context.Request, body, statementOptional, out var request, out var problem))
                {
                    await WriteErrorAsync(context, problem.Code, problem.Message).ConfigureAwait(false);
                    return;
                }

                received = request with { Number = number, Fault = fault };
            }

            var answer = await run(received).ConfigureAwait(false);
            if (fault is StandInFault.ResetAfterRunning)
            {
                context.Abort();
                return;
            }

            if (fault is StandInFault.StallAfterRunning)
            {
                stalled.TrySetResult(number);
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client went away, which is what the fault waits for.
                }

                return;
            }

            await answer.WriteAsync(context, typed, received?.IncludeCounters ?? false).ConfigureAwait(false);
        }
        finally
        {
            requests.Enqueue(received ?? StandInRequest.Unread(number, fault));
        }
    }

    private async Task<StatementAnswer> RunAsync(EmbeddedCypherEngine target, StandInRequest request, CancellationToken cancellationToken)
    {
        if (SchemaStatement.TryParse(request.Statement) is { } statement)
        {
            if (request.Mode == AccessMode.Read)
            {
                return StatementAnswer.Failed([], [], Neo4jStatus.AccessMode, "Schema operations are not allowed in read access mode.");
            }

            var isNew = statement.Kind == "await indexes"
                || !schema.Any(s => s.Kind == statement.Kind && string.Equals(s.Name, statement.Name, StringComparison.Ordinal));
            schema.Enqueue(statement);
            var counters = !isNew || statement.Kind == "await indexes" ? QueryCounters.None
                : statement.Kind == "constraint" ? new QueryCounters { ConstraintsAdded = 1 }
                : new QueryCounters { IndexesAdded = 1 };
            return StatementAnswer.Succeeded([], [], counters, NextBookmark());
        }

        var queryOptions = new QueryOptions { Mode = request.Mode, Timeout = request.Timeout };
        ICypherCursor cursor;
        try
        {
            cursor = await target.RunAsync(new CypherQuery(request.Statement, request.Parameters), queryOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            return StatementAnswer.Failed([], [], Neo4jStatus.Code(e), Neo4jStatus.Message(e));
        }

        await using (cursor)
        {
            var rows = new List<IReadOnlyList<object?>>();
            try
            {
                await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(record.Values);
                }

                var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                return StatementAnswer.Succeeded(cursor.Keys, rows, summary.Counters, NextBookmark());
            }
            catch (CypherException e)
            {
                return StatementAnswer.Failed(cursor.Keys, rows, Neo4jStatus.Code(e), Neo4jStatus.Message(e));
            }
        }
    }

    private string NextBookmark() => $"FB:stand-in-{Interlocked.Increment(ref bookmark)}";
}
