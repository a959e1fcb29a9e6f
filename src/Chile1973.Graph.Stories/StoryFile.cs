using Chile1973.Graph.Core.GraphFiles;

namespace Chile1973.Graph.Stories;

/// <summary>A story file as read: the story when it could be read, every problem found, and where each step's parts stand in the file.</summary>
public sealed record StoryFile(string Path, Story? Story, IReadOnlyList<GraphProblem> Problems, IReadOnlyList<StepLines> Lines);

/// <summary>
/// The 1-based lines of a step's heading, its query's first line, its quote and its <c>focus</c> and <c>date</c>
/// settings (the settings block's first line when a key is absent); 0 when a part is absent.
/// </summary>
public sealed record StepLines(int Heading, int Query, int Quote, int Focus, int Date);
