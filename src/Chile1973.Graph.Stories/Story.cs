namespace Chile1973.Graph.Stories;

/// <summary>A story told over the graph: its id (the file name), title, summary and steps, read from a Markdown file.</summary>
public sealed record Story(string Id, string Title, string Summary, IReadOnlyList<StoryStep> Steps);
