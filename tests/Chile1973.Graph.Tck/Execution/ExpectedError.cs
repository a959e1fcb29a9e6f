using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Tck.Gherkin;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>
/// The TCK's error check: type, phase and detail must match unless the expectation is the wildcard
/// (<c>Error</c>, <c>any time</c>, <c>*</c>). A compile-time error is one raised before any row.
/// </summary>
public static class ExpectedError
{
    /// <summary>Throws <see cref="TckAssertionException"/> unless <paramref name="outcome"/> failed as expected.</summary>
    public static void Check(GherkinStep step, QueryOutcome outcome, string type, string phase, string detail)
    {
        var expected = $"{type} at {phase}: {detail}";
        if (outcome.Error is not { } error)
        {
            throw ScenarioExecutor.Fail(step, $"expected {expected}, but the query returned {outcome.Rows.Count} row(s)");
        }

        if (!Matches(type, phase, detail, error, outcome.ErrorBeforeAnyRow))
        {
            throw ScenarioExecutor.Fail(step, $"expected {expected}, got {ScenarioExecutor.Describe(error)}");
        }
    }

    /// <summary>True when <paramref name="error"/> is the expected one.</summary>
    public static bool Matches(string type, string phase, string detail, CypherException error, bool beforeAnyRow)
    {
        var typeMatches = type == "Error" || string.Equals(type, error.Kind.ToString(), StringComparison.Ordinal);
        var phaseMatches = phase switch
        {
            "any time" => true,
            "compile time" => error.Phase == CypherErrorPhase.CompileTime || beforeAnyRow,
            "runtime" => error.Phase == CypherErrorPhase.Runtime,
            _ => false,
        };
        var detailMatches = detail == "*" || string.Equals(detail, error.Detail, StringComparison.Ordinal);
        return typeMatches && phaseMatches && detailMatches;
    }
}
