namespace Chile1973.Graph.Core.Store;

/// <summary>A problem on one line of a bulk CSV file, before the loader knows the line's number in the whole file.</summary>
internal sealed class BulkCsvLineException(string detail) : Exception(detail);
