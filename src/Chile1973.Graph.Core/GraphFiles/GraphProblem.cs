namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>One thing wrong in the graph files, located so a curator can go straight to it.</summary>
/// <param name="File">Path relative to the graph directory's parent, with <c>/</c> (<c>graph/nodes/persons.csv</c>).</param>
/// <param name="Line">1-based line in the file; 0 when the problem is about the file as a whole.</param>
/// <param name="Field">The column (<c>quote</c>, <c>:END_ID</c>), or <c>record</c>/<c>header</c>/<c>file</c>.</param>
public sealed record GraphProblem(string File, int Line, string Field, string Message)
{
    /// <summary><c>path:line: field: message</c>, the form editors and terminals link to.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
