namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>s IS [NOT] [NFC | NFD | NFKC | NFKD] NORMALIZED</c> (Neo4j 5): whether a string is in the normal form
/// (<see cref="Form"/>, NFC when not written); null for null and for a value that is not a string.
/// </summary>
public sealed record NormalizedPredicate(SourceSpan Span, Expression Operand, string Form, bool Negated) : Expression(Span);
