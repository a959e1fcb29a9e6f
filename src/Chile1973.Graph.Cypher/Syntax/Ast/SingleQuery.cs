namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A chain of clauses (openCypher <c>SingleQuery</c>), e.g. <c>MATCH ... WITH ... RETURN ...</c>.</summary>
public sealed record SingleQuery(SourceSpan Span, IReadOnlyList<Clause> Clauses) : Statement(Span);
