namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>Progress of reading the graph files: one report per file read.</summary>
/// <param name="File">The file just read, relative as in <see cref="GraphProblem.File"/>.</param>
public sealed record GraphFileProgress(string File, int FilesDone, int FilesTotal);
