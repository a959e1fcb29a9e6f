namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A variable (identifier; backticks already removed).</summary>
public sealed record Variable(SourceSpan Span, string Name) : Expression(Span);
