namespace Chile1973.Graph.Core.GraphFiles.Reading;

/// <summary>
/// A problem on one line of a graph file, raised while its range is parsed, before the line's number in the
/// whole file is known; <see cref="Line"/> names the line (counted from the range's start) when it is not the
/// line being read.
/// </summary>
internal sealed class CsvLineException(string field, string message, int? line = null) : Exception(message)
{
    /// <summary>The column (<c>quote</c>, <c>:END_ID</c>) or <c>record</c>.</summary>
    public string Field { get; } = field;

    public int? Line { get; } = line;
}
