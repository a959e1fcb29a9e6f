namespace Chile1973.Graph.Core.Model;

/// <summary>A line in a graph file, so errors and tools can point back at what a curator wrote.</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
