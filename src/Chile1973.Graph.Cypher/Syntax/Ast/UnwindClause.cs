namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>UNWIND expression AS alias</c>.</summary>
public sealed record UnwindClause(SourceSpan Span, Expression Expression, Variable Alias) : Clause(Span);
