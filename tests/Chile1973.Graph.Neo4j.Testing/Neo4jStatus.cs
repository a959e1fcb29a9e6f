using System.Net;
using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>
/// The Neo4j status code and HTTP status the Query API answers for an embedded engine error
/// (https://neo4j.com/docs/status-codes/current/errors/: client and transient errors are 400, database errors 500).
/// </summary>
internal static class Neo4jStatus
{
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string RequestInvalid = "Neo.ClientError.Request.Invalid";
    public const string RequestInvalidFormat = "Neo.ClientError.Request.InvalidFormat";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";

    /// <summary>The status code of an embedded error; Neo4j's own when the error came from Neo4j.</summary>
    public static string Code(CypherException error) => error.StatusCode ?? error.Kind switch
    {
        CypherErrorKind.SyntaxError => "Neo.ClientError.Statement.SyntaxError",
        CypherErrorKind.SemanticError => "Neo.ClientError.Statement.SemanticError",
        CypherErrorKind.TypeError => "Neo.ClientError.Statement.TypeError",
        CypherErrorKind.ArgumentError => "Neo.ClientError.Statement.ArgumentError",
        CypherErrorKind.EntityNotFound => "Neo.ClientError.Statement.EntityNotFound",
        CypherErrorKind.ConstraintVerificationFailed => "Neo.ClientError.Schema.ConstraintValidationFailed",
        CypherErrorKind.ProcedureError => "Neo.ClientError.Procedure.ProcedureCallFailed",
        CypherErrorKind.ParameterMissing => "Neo.ClientError.Statement.ParameterMissing",
        CypherErrorKind.AccessModeViolation => AccessMode,
        CypherErrorKind.LimitExceeded => "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        CypherErrorKind.Transient or CypherErrorKind.Unavailable => DatabaseUnavailable,
        _ => UnknownError,
    };

    /// <summary>The message as Neo4j words it: the text, then <c>(line L, column C (offset: O))</c> when known.</summary>
    public static string Message(CypherException error) => error.Kind == CypherErrorKind.AccessModeViolation
        ? "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)"
        : error.Message;

    /// <summary>The HTTP status of an error raised before any row was sent.</summary>
    public static HttpStatusCode HttpStatus(string code) =>
        code == DatabaseNotFound ? HttpStatusCode.NotFound
        : code == Unauthorized ? HttpStatusCode.Unauthorized
        : code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? HttpStatusCode.InternalServerError
        : HttpStatusCode.BadRequest;
}
