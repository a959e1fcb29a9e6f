using System.Net;

namespace Chile1973.Graph.Neo4j.Errors;

/// <summary>
/// Neo4j answered with an <c>errors</c> array. Carries the rows that came before a run-time error,
/// since a 202 response may hold both (https://neo4j.com/docs/query-api/current/query/).
/// </summary>
internal sealed class Neo4jServerException(HttpStatusCode status, IReadOnlyList<Neo4jError> errors, Http.QueryApiResponse? partial)
    : Exception(errors.Count > 0 ? $"{errors[0].Code}: {errors[0].Message}" : $"HTTP {(int)status}")
{
    /// <summary>The HTTP status the errors came with.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>The errors, first the one that matters.</summary>
    public IReadOnlyList<Neo4jError> Errors { get; } = errors;

    /// <summary>The parsed body, when it held rows before the error.</summary>
    public Http.QueryApiResponse? Partial { get; } = partial;

    /// <summary>The first error.</summary>
    public Neo4jError First => Errors.Count > 0 ? Errors[0] : new Neo4jError(string.Empty, Message);
}
