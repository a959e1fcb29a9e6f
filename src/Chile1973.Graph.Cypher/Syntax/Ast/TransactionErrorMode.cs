namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>What <c>CALL { ... } IN TRANSACTIONS</c> does when a batch fails.</summary>
public enum TransactionErrorMode
{
    /// <summary>The query fails; the batches committed before stay (the default).</summary>
    Fail,

    /// <summary>The failed batch is rolled back, its rows get nulls, and the next batches run.</summary>
    Continue,

    /// <summary>The failed batch is rolled back and no later batch runs; all their rows get nulls.</summary>
    Break,
}
