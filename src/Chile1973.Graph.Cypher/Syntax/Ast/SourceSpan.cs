namespace Chile1973.Graph.Cypher.Syntax.Ast;

/// <summary>
/// Where a node sits in the query text: <see cref="Start"/> and <see cref="End"/> are 0-based offsets
/// (end exclusive); <see cref="Line"/> and <see cref="Column"/> (1-based) locate the start, so errors found
/// after parsing can still name a position without the text.
/// </summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The start as a <see cref="SourcePosition"/>, the form errors carry.</summary>
    public SourcePosition Position => new(Start, Line, Column);

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => new(first.Start, last.End, first.Line, first.Column);

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Slice(string text) => text[Start..End];

    /// <inheritdoc />
    public override string ToString() => $"{Start}..{End} (line {Line}, column {Column})";
}
