using System.Net;

namespace Chile1973.Graph.Neo4j.Errors;

/// <summary>
/// The server (or a proxy in front of it) answered with a status and a body that is not Query API
/// JSON: a 502 page from a gateway, a 503 while Neo4j starts, or something that is not Neo4j at all.
/// </summary>
internal sealed class Neo4jHttpException(HttpStatusCode status, string detail, Exception? inner = null)
    : Exception(detail, inner)
{
    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>True for the gateway and availability statuses that a later attempt may not see (502, 503, 504).</summary>
    public bool IsTransient => Status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
