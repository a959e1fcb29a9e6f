namespace Chile1973.Graph.Neo4j.Resilience;

/// <summary>How freely a request may be sent again after a failure.</summary>
internal enum RetryScope
{
    /// <summary>A read, or a write that leaves the same graph when run twice (MERGE ... SET n = row): any transient failure is retried.</summary>
    Idempotent,

    /// <summary>A write: retried only when the failure proves it did not run (refused connection, 503, a Neo.TransientError rollback).</summary>
    Write,

    /// <summary>A step of an explicit transaction: never retried on its own; the caller retries the whole unit of work.</summary>
    None,
}
