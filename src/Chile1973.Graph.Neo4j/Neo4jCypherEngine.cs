using System.Diagnostics;
using System.Globalization;
using System.Net;
using Chile1973.Graph.Neo4j.Http;
using Chile1973.Graph.Neo4j.Resilience;
using Chile1973.Graph.Neo4j.Transactions;

namespace Chile1973.Graph.Neo4j;

/// <summary>
/// The query port over Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>) with typed JSON,
/// so results come back as the same CLR values the embedded engine returns.
/// </summary>
public sealed class Neo4jCypherEngine : ICypherEngine, IDisposable
{
    private readonly QueryApiClient client;
    private readonly Neo4jOptions options;
    private readonly Neo4jResilience resilience;
    private readonly HttpClient http;
    private readonly bool ownsHttpClient;

    /// <summary>An engine sending its requests through <paramref name="httpClient"/> under <paramref name="resilience"/>.</summary>
    public Neo4jCypherEngine(HttpClient httpClient, Neo4jOptions options, Neo4jResilience resilience)
        : this(httpClient, options, resilience, ownsHttpClient: false)
    {
    }

    internal Neo4jCypherEngine(HttpClient httpClient, Neo4jOptions options, Neo4jResilience resilience, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resilience);
        var problems = Neo4jOptionsValidator.Problems(options).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        http = httpClient;
        this.ownsHttpClient = ownsHttpClient;
        this.options = options;
        this.resilience = resilience;
        client = new QueryApiClient(httpClient, options);
    }

    /// <inheritdoc />
    public string Name => "neo4j";

    /// <summary>The server address.</summary>
    public Uri Uri => client.BaseUri;

    /// <inheritdoc />
    /// <remarks>
    /// Reads are retried on any transient failure; writes only when the failure proves they did not
    /// run. Use <see cref="RunIdempotentAsync"/> for writes that are safe to repeat.
    /// </remarks>
    public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(query, options, options?.Mode == AccessMode.Read ? RetryScope.Idempotent : RetryScope.Write, cancellationToken);

    /// <summary>
    /// Runs a write that leaves the same graph however often it runs (<c>MERGE ... SET n = row</c>),
    /// so every transient failure, even one after the request was sent, is retried.
    /// </summary>
    public Task<ICypherCursor> RunIdempotentAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(query, options, RetryScope.Idempotent, cancellationToken);

    /// <summary>Runs <c>RETURN 1</c> to prove the server answers and the credentials work.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        await using var cursor = await RunAsync(new CypherQuery("RETURN 1 AS ok"), QueryOptions.Read, cancellationToken).ConfigureAwait(false);
        await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens an explicit transaction (<c>POST /query/v2/tx</c>): its statements commit together or not
    /// at all. Its steps are never retried one by one; on a transient error retry the whole unit.
    /// </summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= QueryOptions.Write;
        var body = Encode(new CypherQuery(string.Empty), options, includeStatement: false);
        var started = await Send(RetryScope.Idempotent, HttpMethod.Post, client.DatabasePath(options.Database, "/tx"), body, null, cancellationToken)
            .ConfigureAwait(false);
        var id = started.Response.TransactionId
            ?? throw new CypherException(CypherErrorKind.DatabaseError, "ProtocolError", $"Neo4j at {Uri} opened a transaction without an id.", CypherErrorPhase.Runtime);
        return new Neo4jTransaction(this, options, id, started.Affinity);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsHttpClient)
        {
            http.Dispose();
        }
    }

    /// <summary>One request of an explicit transaction; <c>Open</c> is whether the answer still names the transaction.</summary>
    internal async Task<(ICypherCursor Cursor, bool Open)> RunInTransactionAsync(
        Neo4jTransaction transaction, CypherQuery query, string rest, HttpMethod method, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var body = method == HttpMethod.Delete ? null : Encode(query, transaction.Options, includeStatement: query.Text.Length > 0);
        var (response, affinity) = await Send(
            RetryScope.None, method, client.DatabasePath(transaction.Options.Database, $"/tx/{Uri.EscapeDataString(transaction.Id)}{rest}"),
            body, transaction.Affinity, cancellationToken).ConfigureAwait(false);
        transaction.Affinity = affinity;
        return (ToCursor(response, transaction.Options, clock.Elapsed), response.TransactionId is not null);
    }

    private async Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions queryOptions, RetryScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(queryOptions);
        var clock = Stopwatch.StartNew();
        var body = Encode(query, queryOptions, includeStatement: true);
        using var limit = queryOptions.Timeout is { } timeout ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        limit?.CancelAfter(queryOptions.Timeout!.Value);
        try
        {
            var (response, _) = await Send(scope, HttpMethod.Post, client.DatabasePath(queryOptions.Database, string.Empty), body, null, limit?.Token ?? cancellationToken)
                .ConfigureAwait(false);
            return ToCursor(response, queryOptions, clock.Elapsed);
        }
        catch (OperationCanceledException) when (limit?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            throw new CypherException(CypherErrorKind.LimitExceeded, "Timeout",
                string.Create(CultureInfo.InvariantCulture, $"The query ran past its time limit of {queryOptions.Timeout!.Value.TotalSeconds:0.###} s on Neo4j at {Uri}."),
                CypherErrorPhase.Runtime);
        }
    }

    private async Task<(QueryApiResponse Response, string? Affinity)> Send(
        RetryScope scope, HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        try
        {
            return await resilience.ExecuteAsync(scope, token => client.SendAsync(method, path, body, affinity, token), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Neo4jServerException failure) when (failure.Partial is not { Rows.Count: > 0 })
        {
            throw Neo4jErrorMapper.ToCypherException(failure.First, failure);
        }
        catch (Neo4jServerException failure)
        {
            // Rows streamed before a run-time error: the caller reads them, then gets the error.
            return (failure.Partial! with { Errors = failure.Errors }, affinity);
        }
    }

    private byte[] Encode(CypherQuery query, QueryOptions queryOptions, bool includeStatement)
    {
        int? serverTimeout = options.SendServerTimeout && queryOptions.Timeout is { } t ? Math.Max(1, (int)Math.Ceiling(t.TotalSeconds)) : null;
        try
        {
            return new QueryApiRequest(includeStatement ? query.Text : null, query.ParametersOrEmpty, queryOptions.Mode, queryOptions.Bookmarks, serverTimeout)
                .ToJson();
        }
        catch (ArgumentException e)
        {
            throw new CypherException(CypherErrorKind.ArgumentError, "InvalidParameter", e.Message, CypherErrorPhase.CompileTime, innerException: e);
        }
    }

    private Neo4jCursor ToCursor(QueryApiResponse response, QueryOptions queryOptions, TimeSpan elapsed)
    {
        // The answer rides along as the inner exception, so a transaction can tell whether it still names it.
        var pending = response.Errors.Count > 0
            ? Neo4jErrorMapper.ToCypherException(response.Errors[0], new Neo4jServerException(HttpStatusCode.Accepted, response.Errors, response))
            : null;
        if (queryOptions.MaxRows is { } max && response.Rows.Count > max)
        {
            throw new CypherException(CypherErrorKind.LimitExceeded, "TooManyRows",
                $"The query returned more than the {max} rows allowed.", CypherErrorPhase.Runtime);
        }

        var summary = new ResultSummary(response.Counters, elapsed, Name, response.Bookmarks.Count > 0 ? response.Bookmarks[^1] : null);
        return new Neo4jCursor(response.Fields, response.Rows, summary, pending);
    }
}
