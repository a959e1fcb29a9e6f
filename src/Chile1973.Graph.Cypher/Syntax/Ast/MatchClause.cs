namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>[OPTIONAL] MATCH pattern [WHERE predicate]</c>.</summary>
public sealed record MatchClause(SourceSpan Span, bool Optional, Pattern Pattern, Expression? Where) : Clause(Span);
