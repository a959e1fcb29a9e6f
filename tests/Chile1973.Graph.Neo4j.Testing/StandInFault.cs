namespace Chile1973.Graph.Neo4j.Testing;

/// <summary>How the stand-in fails a request chosen with <see cref="QueryApiStandIn.FailRequests"/>.</summary>
public enum StandInFault
{
    /// <summary>The connection is dropped before the statement runs: nothing was written.</summary>
    ResetBeforeRunning,

    /// <summary>
    /// The statement runs and commits, then the connection is dropped before the answer: the client
    /// cannot know the write happened, which is the case an idempotent load must survive.
    /// </summary>
    ResetAfterRunning,

    /// <summary>
    /// The statement runs and commits, then the answer is held until the client goes away: the moment a
    /// load is killed while a batch is in flight (<see cref="QueryApiStandIn.WhenStalledAsync"/> says when).
    /// </summary>
    StallAfterRunning,

    /// <summary>A <c>Neo.TransientError.General.DatabaseUnavailable</c> body; the statement does not run.</summary>
    TransientError,

    /// <summary>A <c>Neo.DatabaseError.General.UnknownError</c> body (not retriable); the statement does not run.</summary>
    DatabaseError,
}
