namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A relationship pattern used as an expression, e.g. <c>WHERE (a)--&gt;(:B)</c>: true when a match exists.</summary>
public sealed record PatternPredicate(SourceSpan Span, PatternElement Pattern) : Expression(Span);
