using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Chile1973.Graph.Neo4j.Http;

/// <summary>
/// One HTTP exchange with the Query API: sends a body, reads the whole answer on every status and
/// turns it into a <see cref="QueryApiResponse"/> or an exception the resilience rules can classify.
/// </summary>
internal sealed class QueryApiClient(HttpClient http, Neo4jOptions options)
{
    /// <summary>
    /// Typed JSON v1.1 (Neo4j 2025.11+): adds <c>Vector</c> and the per-value <c>Unsupported</c>
    /// marker, where the unversioned type fails the whole request on such a value (https://neo4j.com/docs/query-api/current/typed-json/).
    /// </summary>
    public const string VersionedMediaType = "application/vnd.neo4j.query.v1.1";

    /// <summary>Typed JSON, unversioned: every server from 5.19 on accepts it (https://neo4j.com/docs/query-api/current/typed-json/).</summary>
    public const string TypedMediaType = "application/vnd.neo4j.query";

    /// <summary>The header Aura uses to pin an explicit transaction to one cluster member.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Uri baseUri = WithTrailingSlash(options.Uri ?? throw new InvalidOperationException("Neo4j:Uri is not set."));
    private readonly AuthenticationHeaderValue? authorization = string.IsNullOrEmpty(options.User)
        ? null
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));

    // Starts at v1.1 and drops to the unversioned type for good once a server refuses v1.1.
    private volatile string mediaType = VersionedMediaType;

    /// <summary>The typed media type requests are sent with: v1.1 until a server refuses it.</summary>
    public string MediaType => mediaType;

    /// <summary>The server address, for messages.</summary>
    public Uri BaseUri => baseUri;

    /// <summary>The path of a database's endpoint below the base address.</summary>
    public string DatabasePath(string? database, string rest) =>
        $"db/{Uri.EscapeDataString(string.IsNullOrEmpty(database) ? options.Database : database)}/query/v2{rest}";

    /// <summary>
    /// Sends one request and returns the parsed answer with the affinity header, if any. A server that
    /// does not know the v1.1 media type answers 406 (for <c>Accept</c>) or 415 (for <c>Content-Type</c>)
    /// before running anything, so the same request is sent again with the unversioned type.
    /// </summary>
    public async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        var type = mediaType;
        var (status, bytes, returnedAffinity, uri) = await ExchangeAsync(method, path, body, affinity, type, cancellationToken).ConfigureAwait(false);
        if (type == VersionedMediaType && status is HttpStatusCode.NotAcceptable or HttpStatusCode.UnsupportedMediaType)
        {
            mediaType = TypedMediaType;
            (status, bytes, returnedAffinity, uri) = await ExchangeAsync(method, path, body, affinity, TypedMediaType, cancellationToken).ConfigureAwait(false);
        }

        return (Interpret(method, uri, status, bytes), returnedAffinity ?? affinity);
    }

    private async Task<(HttpStatusCode Status, byte[] Body, string? Affinity, Uri Uri)> ExchangeAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, string type, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        // Only the typed type is acceptable: offering plain JSON too would let a server that lacks
        // v1.1 answer untyped values instead of the 406 that makes the client fall back.
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        request.Headers.Authorization = authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            // Content-Type is mandatory: without it the server answers 415 (https://neo4j.com/docs/query-api/current/query/).
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return (response.StatusCode, bytes, returnedAffinity, request.RequestUri!);
    }

    // The docs say every answer is 202 or 401, the server source says 400/404/500 for errors raised
    // before streaming (https://neo4j.com/docs/query-api/current/query/): so the body decides, and the status only when it says nothing.
    private static QueryApiResponse Interpret(HttpMethod method, Uri uri, HttpStatusCode status, byte[] body)
    {
        QueryApiResponse? parsed = null;
        Exception? parseError = null;
        if (body.Length > 0)
        {
            try
            {
                parsed = QueryApiResponse.Parse(body);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                parseError = e;
            }
        }

        if (parsed is { Errors.Count: > 0 })
        {
            throw new Neo4jServerException(status, parsed.Errors, parsed);
        }

        var success = (int)status is >= 200 and < 300;
        if (success && parsed is not null)
        {
            return parsed;
        }

        if (status == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jServerException(status, [new Neo4jError("Neo.ClientError.Security.Unauthorized", "Neo4j refused the credentials (HTTP 401).")], null);
        }

        if (success && body.Length == 0)
        {
            return new QueryApiResponse([], [], [], [], Core.Querying.QueryCounters.None, null);
        }

        var snippet = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ");
        throw new Neo4jHttpException(status, success
            ? $"answered HTTP {(int)status} to {method} {uri} with a body that is not Query API JSON: {snippet}"
            : $"answered HTTP {(int)status} to {method} {uri}: {snippet}", parseError);
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
