using Chile1973.Graph.Tck.Execution;

namespace Chile1973.Graph.Tck.Manual;

/// <summary>The outcome of one manual case.</summary>
public sealed record ManualResult(ManualCase Case, TckStatus Status, string? Message, TimeSpan Elapsed);
