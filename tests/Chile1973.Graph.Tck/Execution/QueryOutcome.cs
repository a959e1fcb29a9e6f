using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>What one query did: its columns and rows, or the error it raised.</summary>
/// <param name="Keys">The column names (empty when the query failed before returning a cursor).</param>
/// <param name="Rows">The rows read before the query ended or failed.</param>
/// <param name="Error">The error, when the query failed.</param>
/// <param name="ErrorBeforeAnyRow">True when the error came from starting the query or before its first row.</param>
public sealed record QueryOutcome(
    IReadOnlyList<string> Keys,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    CypherException? Error = null,
    bool ErrorBeforeAnyRow = false);
