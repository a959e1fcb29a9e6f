namespace Chile1973.Graph.Stories;

/// <summary>
/// One step of a story: a query to run or nodes to focus on (or both), how to lay them out, an optional date,
/// a caption (Markdown, also given as sanitised HTML) and the quote of the seed it rests on.
/// </summary>
public sealed record StoryStep(
    string Title,
    string? Query,
    IReadOnlyList<string> Focus,
    StoryLayout Layout,
    string? Date,
    string Caption,
    string CaptionHtml,
    string Quote);
