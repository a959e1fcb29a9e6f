namespace Chile1973.Graph.Core.Querying;

/// <summary>
/// A query that failed, with its class, the detail code (the TCK's, e.g. <c>UndefinedVariable</c>,
/// or Neo4j's status code) and, for compile-time errors, where in the query text it was found.
/// </summary>
public class CypherException(
    CypherErrorKind kind,
    string detail,
    string message,
    CypherErrorPhase phase,
    SourcePosition? position = null,
    Exception? innerException = null)
    : Exception(position is { } p ? $"{message} ({p})" : message, innerException)
{
    /// <summary>The class of error.</summary>
    public CypherErrorKind Kind { get; } = kind;

    /// <summary>The detail code: <c>UndefinedVariable</c>, <c>InvalidArgumentType</c>, ...</summary>
    public string Detail { get; } = detail;

    /// <summary>Before any row, or while running.</summary>
    public CypherErrorPhase Phase { get; } = phase;

    /// <summary>Where in the query text, when known.</summary>
    public SourcePosition? Position { get; } = position;

    /// <summary>Neo4j's status code for the error (<c>Neo.ClientError.Statement.SyntaxError</c>), when one came back.</summary>
    public string? StatusCode { get; init; }
}
