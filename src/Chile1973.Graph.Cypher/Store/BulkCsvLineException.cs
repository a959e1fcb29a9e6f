namespace Chile1973.Graph.Cypher.Store;

/// <summary>
/// A problem on one line of a bulk CSV file, before the loader knows the line's number in the whole file;
/// <see cref="Line"/> names the line (counted from the range's start) when it is not the line being read.
/// </summary>
internal sealed class BulkCsvLineException(string detail, int? line = null) : Exception(detail)
{
    public int? Line { get; } = line;
}
