namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A comma-separated list of pattern parts, as in MATCH and CREATE.</summary>
public sealed record Pattern(SourceSpan Span, IReadOnlyList<PatternPart> Parts) : AstNode(Span);
