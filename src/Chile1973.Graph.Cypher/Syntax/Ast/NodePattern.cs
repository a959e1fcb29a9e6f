namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// <c>(variable:Label1:Label2 {properties})</c>; <see cref="Properties"/> is a <see cref="MapLiteral"/> or a
/// <see cref="Parameter"/>, or null.
/// </summary>
public sealed record NodePattern(SourceSpan Span, Variable? Variable, IReadOnlyList<string> Labels, Expression? Properties)
    : AstNode(Span);
