namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>subject[from..to]</c>; either bound may be omitted (null).</summary>
public sealed record SliceExpression(SourceSpan Span, Expression Subject, Expression? From, Expression? To) : Expression(Span);
