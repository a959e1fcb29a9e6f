namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// Two or more single queries joined by <c>UNION</c> (<see cref="All"/> false, duplicates removed) or
/// <c>UNION ALL</c> (<see cref="All"/> true). Mixing both forms is rejected by the parser.
/// </summary>
public sealed record UnionQuery(SourceSpan Span, IReadOnlyList<SingleQuery> Parts, bool All) : Statement(Span);
