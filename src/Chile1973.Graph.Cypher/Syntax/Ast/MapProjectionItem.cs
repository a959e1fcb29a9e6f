namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>One item of a map projection.</summary>
public abstract record MapProjectionItem(SourceSpan Span) : AstNode(Span);

/// <summary><c>.key</c>: the subject's property <see cref="Key"/>.</summary>
public sealed record MapProjectionProperty(SourceSpan Span, string Key) : MapProjectionItem(Span);

/// <summary><c>key: expression</c>.</summary>
public sealed record MapProjectionLiteral(SourceSpan Span, string Key, Expression Value) : MapProjectionItem(Span);

/// <summary><c>.*</c>: all of the subject's properties.</summary>
public sealed record MapProjectionAllProperties(SourceSpan Span) : MapProjectionItem(Span);

/// <summary><c>v</c>: the variable's value under its own name.</summary>
public sealed record MapProjectionVariable(SourceSpan Span, Variable Variable) : MapProjectionItem(Span);
