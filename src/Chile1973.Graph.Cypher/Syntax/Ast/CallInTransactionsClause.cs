namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>CALL { ... } IN TRANSACTIONS [OF n ROWS] [ON ERROR CONTINUE | BREAK | FAIL] [REPORT STATUS AS s]</c>: the
/// subquery runs over the incoming rows in batches of <see cref="BatchSize"/> (1000 when not given), each batch
/// committed on its own. <see cref="Status"/> names the map that reports each batch's outcome.
/// </summary>
public sealed record CallInTransactionsClause(
    SourceSpan Span,
    CallSubqueryClause Call,
    Expression? BatchSize,
    TransactionErrorMode OnError,
    Variable? Status) : Clause(Span);
