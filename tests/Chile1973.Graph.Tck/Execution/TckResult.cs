using Chile1973.Graph.Tck.Cases;

namespace Chile1973.Graph.Tck.Execution;

/// <summary>The outcome of one test case.</summary>
public sealed record TckResult(TckCase Case, TckStatus Status, string? Message, TimeSpan Elapsed)
{
    /// <summary>Passed, or not.</summary>
    public bool Passed => Status == TckStatus.Passed;
}
