namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>One record of a CSV file and the line it sits on.</summary>
/// <param name="Line">1-based line number.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
