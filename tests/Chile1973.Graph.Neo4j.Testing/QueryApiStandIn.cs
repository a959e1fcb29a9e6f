using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Store;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Neo4j.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// A stand-in for Neo4j's HTTP Query API v2 (QUERY-API.md) on a real Kestrel at 127.0.0.1: it speaks
/// the documented wire format (typed or plain JSON, counters, bookmarks, <c>errors</c> bodies with
/// Neo4j status codes, Basic auth, access modes) and runs every statement on the embedded openCypher
/// engine over a <see cref="GraphStore"/>, so what a client writes really is in the graph it reads.
/// </summary>
/// <remarks>
/// What it cannot prove: Neo4j's own planner, its constraint enforcement and its Lucene full-text
/// analysis. Schema statements the embedded engine lacks (<c>CREATE CONSTRAINT</c>, <c>CREATE
/// [FULLTEXT] INDEX</c>, <c>CALL db.awaitIndexes</c>) are recognised and recorded in
/// <see cref="Schema"/>, not enforced: the embedded store keeps its own id and name indexes, and its
/// <c>db.index.fulltext.queryNodes('node_names', ...)</c> answers from them. Explicit transactions
/// (<c>/query/v2/tx</c>) are refused with a Neo4j-style error, since statements of one transaction
/// cannot be made to commit together on the embedded engine and results are needed mid-transaction.
/// </remarks>
public sealed class QueryApiStandIn : IAsyncDisposable
{
    /// <summary>The password the stand-in accepts unless told otherwise.</summary>
    public const string DefaultPassword = "stand-in-secret";

    private const string TypedMediaType = "application/vnd.neo4j.query";

    private readonly WebApplication app;
    private readonly StandInOptions options;
    private readonly ConcurrentQueue<SchemaStatement> schema = new();
    private readonly ConcurrentQueue<StandInRequest> requests = new();
    private readonly ConcurrentDictionary<int, StandInFault> faults = new();
    private int requestCount;
    private long bookmark;

    private QueryApiStandIn(WebApplication app, GraphStore store, StandInOptions options)
    {
        this.app = app;
        this.options = options;
        Store = store;
        Engine = new EmbeddedCypherEngine(store);
    }

    /// <summary>The address to give a client, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Uri { get; private set; } = null!;

    /// <summary>The user the stand-in accepts.</summary>
    public string User => options.User;

    /// <summary>The password the stand-in accepts.</summary>
    public string Password => options.Password;

    /// <summary>The graph every statement runs on.</summary>
    public GraphStore Store { get; }

    /// <summary>The embedded engine over <see cref="Store"/>, to look at the graph without going through HTTP.</summary>
    public EmbeddedCypherEngine Engine { get; }

    /// <summary>The schema statements received, in order.</summary>
    public IReadOnlyList<SchemaStatement> Schema => [.. schema];

    /// <summary>Every request to a database endpoint, in the order received (faulted ones included).</summary>
    public IReadOnlyList<StandInRequest> Requests => [.. requests.OrderBy(r => r.Number)];

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new QueryApiStandIn(app, store ?? new GraphStore(), options ?? new StandInOptions());
        app.MapGet("/", standIn.DiscoveryAsync);
        app.MapPost("/db/{database}/query/v2", standIn.QueryAsync);
        app.MapPost("/db/{database}/query/v2/tx", standIn.TransactionAsync);
        app.MapPost("/db/{database}/query/v2/tx/{id}", standIn.TransactionAsync);
        app.MapPost("/db/{database}/query/v2/tx/{id}/commit", standIn.TransactionAsync);
        app.MapDelete("/db/{database}/query/v2/tx/{id}", standIn.TransactionAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.Uri = new Uri(address.EndsWith('/') ? address : address + "/");
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

    /// <summary>Stops failing requests.</summary>
    public void ClearFaults() => faults.Clear();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
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

    private async Task QueryAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var number = Interlocked.Increment(ref requestCount);
        var fault = faults.TryGetValue(number, out var planned) ? planned : (StandInFault?)null;
        var typed = AcceptsTyped(context.Request);
        StandInRequest? received = null;
        try
        {
            if (fault is StandInFault.ResetBeforeRunning)
            {
                context.Abort();
                return;
            }

            if (fault is StandInFault.TransientError)
            {
                await WriteErrorAsync(context, Neo4jStatus.DatabaseUnavailable, "The database is not currently available to serve your request, refer to the database logs for more details. Retrying your request at a later time may succeed.").ConfigureAwait(false);
                return;
            }

            if (fault is StandInFault.DatabaseError)
            {
                await WriteErrorAsync(context, Neo4jStatus.UnknownError, "An unknown error occurred.").ConfigureAwait(false);
                return;
            }

            if (!await AuthorizeAsync(context).ConfigureAwait(false) || !await CheckDatabaseAsync(context).ConfigureAwait(false))
            {
                return;
            }

            if (!TryParse(context.Request, body, out var request, out var problem))
            {
                await WriteErrorAsync(context, problem.Code, problem.Message).ConfigureAwait(false);
                return;
            }

            received = request with { Number = number, Fault = fault };
            var answer = await RunAsync(request, context.RequestAborted).ConfigureAwait(false);
            if (fault is StandInFault.ResetAfterRunning)
            {
                context.Abort();
                return;
            }

            await answer.WriteAsync(context, typed, request.IncludeCounters).ConfigureAwait(false);
        }
        finally
        {
            requests.Enqueue(received ?? StandInRequest.Unread(number, fault));
        }
    }

    private async Task TransactionAsync(HttpContext context)
    {
        _ = await ReadBodyAsync(context).ConfigureAwait(false);
        var number = Interlocked.Increment(ref requestCount);
        requests.Enqueue(StandInRequest.Unread(number, null));
        if (!await AuthorizeAsync(context).ConfigureAwait(false) || !await CheckDatabaseAsync(context).ConfigureAwait(false))
        {
            return;
        }

        await WriteErrorAsync(context, Neo4jStatus.RequestInvalid,
            "Explicit transactions are not supported by this Query API stand-in: statements of one transaction cannot commit together on the embedded engine. Use implicit transactions (POST /db/{database}/query/v2).")
            .ConfigureAwait(false);
    }

    private async Task<StatementAnswer> RunAsync(StandInRequest request, CancellationToken cancellationToken)
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

        var options = new QueryOptions { Mode = request.Mode, Timeout = request.Timeout };
        ICypherCursor cursor;
        try
        {
            cursor = await Engine.RunAsync(new CypherQuery(request.Statement, request.Parameters), options, cancellationToken).ConfigureAwait(false);
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

    private async Task<bool> AuthorizeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            await WriteErrorAsync(context, Neo4jStatus.Unauthorized, "No authentication header supplied.").ConfigureAwait(false);
            return false;
        }

        string? user = null, password = null;
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    (user, password) = (pair[..colon], pair[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
                // Falls through to the invalid header answer.
            }
        }

        if (user is null)
        {
            await WriteErrorAsync(context, Neo4jStatus.RequestInvalidFormat, "Invalid authentication header.", HttpStatusCode.Unauthorized).ConfigureAwait(false);
            return false;
        }

        if (!string.Equals(user, options.User, StringComparison.Ordinal) || !string.Equals(password, options.Password, StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, Neo4jStatus.Unauthorized, "Invalid username or password.").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private async Task<bool> CheckDatabaseAsync(HttpContext context)
    {
        var database = context.Request.RouteValues["database"] as string;
        if (string.Equals(database, options.Database, StringComparison.Ordinal))
        {
            return true;
        }

        await WriteErrorAsync(context, Neo4jStatus.DatabaseNotFound, $"Database does not exist. Database name: '{database}'.").ConfigureAwait(false);
        return false;
    }

    private static bool TryParse(HttpRequest http, byte[] body, out StandInRequest request, out (string Code, string Message) problem)
    {
        request = null!;
        problem = default;
        var typedParameters = http.ContentType?.StartsWith(TypedMediaType, StringComparison.OrdinalIgnoreCase) == true;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statement", out var statement) || statement.ValueKind != JsonValueKind.String)
            {
                problem = (Neo4jStatus.RequestInvalid, "The request body must be an object with a \"statement\" string.");
                return false;
            }

            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root.TryGetProperty("parameters", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var parameter in values.EnumerateObject())
                {
                    parameters[parameter.Name] = typedParameters ? TypedJsonReader.Read(parameter.Value) : WireValues.ReadPlain(parameter.Value);
                }
            }

            var mode = root.TryGetProperty("accessMode", out var access) && string.Equals(access.GetString(), "Read", StringComparison.OrdinalIgnoreCase)
                ? AccessMode.Read
                : AccessMode.Write;
            var counters = root.TryGetProperty("includeCounters", out var include) && include.ValueKind == JsonValueKind.True;
            TimeSpan? timeout = root.TryGetProperty("maxExecutionTime", out var seconds) && seconds.TryGetInt32(out var s) ? TimeSpan.FromSeconds(s) : null;
            request = new StandInRequest(0, statement.GetString()!, parameters, mode, counters, timeout);
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            problem = (Neo4jStatus.RequestInvalidFormat, $"Could not read the request body: {e.Message}");
            return false;
        }
    }

    private static bool AcceptsTyped(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains(TypedMediaType, StringComparison.OrdinalIgnoreCase) == true);

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static Task WriteErrorAsync(HttpContext context, string code, string message, HttpStatusCode? status = null) =>
        StatementAnswer.Failed([], [], code, message).WriteAsync(context, AcceptsTyped(context.Request), includeCounters: false, status);
}
