namespace Chile1973.Graph.Core.Querying;

/// <summary>A place in query text: 0-based offset, 1-based line and column.</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column} (offset: {Offset})";
}
