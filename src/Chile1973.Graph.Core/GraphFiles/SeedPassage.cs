namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Where a quote sits in a seed document.</summary>
/// <param name="Offset">0-based character offset of the quote's first character in the document.</param>
/// <param name="Length">Length in characters of the matched text as the document has it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SeedPassage(string DocumentId, int Offset, int Length, int Line, int Column);
