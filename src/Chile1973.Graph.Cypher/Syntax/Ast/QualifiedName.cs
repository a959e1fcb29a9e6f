namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>A dotted name such as <c>db.labels</c> or <c>date.truncate</c>, as written.</summary>
public sealed record QualifiedName(SourceSpan Span, IReadOnlyList<string> Namespace, string Name) : AstNode(Span)
{
    /// <summary>The namespace and name joined with dots, as written.</summary>
    public string FullName => Namespace.Count == 0 ? Name : string.Join('.', Namespace) + "." + Name;

    /// <inheritdoc />
    public override string ToString() => FullName;
}
