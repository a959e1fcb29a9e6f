using Chile1973.Graph.Core.Querying;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>
/// An engine under test for one scenario: the query port plus the one thing the port lacks, a way
/// to register the fake procedures of <c>there exists a procedure</c>.
/// </summary>
/// <param name="Engine">A fresh engine over an empty graph.</param>
/// <param name="RegisterProcedure">Registers a procedure by its TCK signature; each row is input values then output values.</param>
public sealed record TckEngine(ICypherEngine Engine, Action<string, IReadOnlyList<IReadOnlyList<object?>>> RegisterProcedure);
