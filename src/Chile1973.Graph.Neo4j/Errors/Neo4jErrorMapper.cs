using System.Globalization;
using System.Text.RegularExpressions;

namespace Chile1973.Graph.Neo4j.Errors;

/// <summary>
/// Maps Neo4j status codes (https://neo4j.com/docs/status-codes/current/errors/) to the port's error kinds, so the app treats a Neo4j
/// syntax error like an embedded one: same kind, and the position in the query when Neo4j gives it.
/// </summary>
public static partial class Neo4jErrorMapper
{
    /// <summary>The <see cref="CypherException"/> for one Neo4j error.</summary>
    public static CypherException ToCypherException(Neo4jError error, Exception? inner = null)
    {
        var (kind, phase) = Classify(error.Code);
        var (message, position) = SplitPosition(error.Message);
        var detail = error.Code.Length == 0 ? "Unknown" : error.Code[(error.Code.LastIndexOf('.') + 1)..];
        return new CypherException(kind, detail, message.Length == 0 ? error.Code : message, phase, position, inner)
        {
            StatusCode = error.Code,
        };
    }

    /// <summary>The kind and phase of a status code.</summary>
    public static (CypherErrorKind Kind, CypherErrorPhase Phase) Classify(string code) => code switch
    {
        "Neo.ClientError.Statement.SyntaxError" => (CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime),
        "Neo.ClientError.Statement.SemanticError" => (CypherErrorKind.SemanticError, CypherErrorPhase.CompileTime),
        "Neo.ClientError.Statement.ParameterMissing" => (CypherErrorKind.ParameterMissing, CypherErrorPhase.CompileTime),
        "Neo.ClientError.Statement.AccessMode" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase"
            => (CypherErrorKind.AccessModeViolation, CypherErrorPhase.CompileTime),
        "Neo.ClientError.Statement.TypeError" => (CypherErrorKind.TypeError, CypherErrorPhase.Runtime),
        "Neo.ClientError.Statement.ArgumentError" or "Neo.ClientError.Statement.ArithmeticError"
            => (CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime),
        "Neo.ClientError.Statement.EntityNotFound" => (CypherErrorKind.EntityNotFound, CypherErrorPhase.Runtime),
        "Neo.ClientError.Schema.ConstraintValidationFailed" => (CypherErrorKind.ConstraintVerificationFailed, CypherErrorPhase.Runtime),
        "Neo.ClientError.Transaction.TransactionTimedOut" or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
            => (CypherErrorKind.LimitExceeded, CypherErrorPhase.Runtime),
        "Neo.ClientError.Database.DatabaseNotFound" => (CypherErrorKind.Unavailable, CypherErrorPhase.CompileTime),
        _ when code.StartsWith("Neo.ClientError.Procedure.", StringComparison.Ordinal) => (CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime),
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => (CypherErrorKind.Unavailable, CypherErrorPhase.CompileTime),
        _ when code.StartsWith("Neo.ClientError.Request.", StringComparison.Ordinal) => (CypherErrorKind.ArgumentError, CypherErrorPhase.CompileTime),
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => (CypherErrorKind.SemanticError, CypherErrorPhase.Runtime),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => (CypherErrorKind.Transient, CypherErrorPhase.Runtime),
        _ => (CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime),
    };

    /// <summary>
    /// Splits Neo4j's <c>... (line 1, column 1 (offset: 0))</c> from the message's first line; the
    /// query echo and caret lines that follow are dropped, since the position says the same.
    /// </summary>
    public static (string Message, SourcePosition? Position) SplitPosition(string message)
    {
        var firstLine = message.Split('\n', 2)[0].TrimEnd('\r', ' ');
        var match = PositionPattern().Match(firstLine);
        if (!match.Success)
        {
            return (firstLine, null);
        }

        var position = new SourcePosition(
            int.Parse(match.Groups["offset"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["line"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["column"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));
        return (firstLine.Remove(match.Index, match.Length).TrimEnd(), position);
    }

    [GeneratedRegex(@"\s*\(line (?<line>\d+), column (?<column>\d+) \(offset: (?<offset>\d+)\)\)")]
    private static partial Regex PositionPattern();
}
