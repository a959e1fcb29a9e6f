namespace Chile1973.Graph.Core.Querying;

/// <summary>The class of a query error; the first eight are the openCypher TCK's error types.</summary>
public enum CypherErrorKind
{
    SyntaxError,
    SemanticError,
    TypeError,
    ArgumentError,
    EntityNotFound,
    ConstraintVerificationFailed,
    ProcedureError,
    ParameterMissing,

    /// <summary>A write clause in a query run in read mode.</summary>
    AccessModeViolation,

    /// <summary>The query ran past its time limit or returned more rows than allowed.</summary>
    LimitExceeded,

    /// <summary>A failure that may pass if the query is tried again (Neo4j's TransientError class).</summary>
    Transient,

    /// <summary>The database could not be reached.</summary>
    Unavailable,

    /// <summary>The database failed for a reason of its own.</summary>
    DatabaseError,
}
