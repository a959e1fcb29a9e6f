namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>count(*)</c>.</summary>
public sealed record CountStar(SourceSpan Span) : Expression(Span);
