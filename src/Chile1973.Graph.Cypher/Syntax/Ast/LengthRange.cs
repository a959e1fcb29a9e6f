namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// The <c>*</c> of a variable-length relationship: <c>*</c> (both null), <c>*2</c> (2, 2), <c>*1..3</c>,
/// <c>*..3</c> (null, 3) or <c>*2..</c> (2, null). A null minimum means 1 and a null maximum means unbounded.
/// </summary>
public sealed record LengthRange(SourceSpan Span, long? Min, long? Max) : AstNode(Span);
