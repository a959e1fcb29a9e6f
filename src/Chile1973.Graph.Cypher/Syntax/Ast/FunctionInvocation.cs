namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary><c>name([DISTINCT] args)</c>, with a possibly dotted name (<c>date.truncate</c>).</summary>
public sealed record FunctionInvocation(SourceSpan Span, QualifiedName Function, bool Distinct, IReadOnlyList<Expression> Arguments)
    : Expression(Span)
{
    /// <summary>The full name in lower case: function names are case-insensitive.</summary>
    public string LowerCaseName { get; } = Function.FullName.ToLowerInvariant();
}
