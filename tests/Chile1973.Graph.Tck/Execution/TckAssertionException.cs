namespace Chile1973.Graph.Tck.Execution;

/// <summary>A scenario's expectation that the engine did not meet: a failure, not a crash.</summary>
public sealed class TckAssertionException(string message) : Exception(message);
