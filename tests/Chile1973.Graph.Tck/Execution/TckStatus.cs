namespace Chile1973.Graph.Tck.Execution;

/// <summary>How a test case ended.</summary>
public enum TckStatus
{
    /// <summary>Every expectation was met.</summary>
    Passed,

    /// <summary>A wrong answer, a wrong or missing error, wrong side effects, or a time-out.</summary>
    Failed,

    /// <summary>The engine threw something other than a <c>CypherException</c>: a bug, counted as a failure.</summary>
    Crashed,

    /// <summary>Tagged <c>@ignore</c> in the TCK.</summary>
    Skipped,
}
