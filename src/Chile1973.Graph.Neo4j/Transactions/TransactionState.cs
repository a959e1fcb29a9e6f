namespace Chile1973.Graph.Neo4j.Transactions;

/// <summary>Where an explicit transaction stands, as far as the server's answers tell.</summary>
public enum TransactionState
{
    /// <summary>The server holds it and it takes more statements.</summary>
    Open,

    /// <summary>
    /// The server may still hold it, but what it ran is unknown (no answer came) or was rolled back
    /// while it stays open (an authentication error): it only takes a rollback.
    /// </summary>
    Unsettled,

    /// <summary>The server closed it after an error and rolled back everything it ran.</summary>
    Closed,

    /// <summary>Committed.</summary>
    Committed,

    /// <summary>Rolled back by the client.</summary>
    RolledBack,
}
