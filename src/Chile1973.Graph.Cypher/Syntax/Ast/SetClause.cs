namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>SET item, item, ...</c>.</summary>
public sealed record SetClause(SourceSpan Span, IReadOnlyList<SetItem> Items) : Clause(Span);
