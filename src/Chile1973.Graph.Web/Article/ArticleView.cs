namespace Chile1973.Graph.Web.Article;

/// <summary>The seed article as published, paragraph by paragraph, with how many facts of the graph quote each one.</summary>
/// <param name="DocumentId">The seed's id (its file name in <c>seeds/</c> without <c>.txt</c>).</param>
/// <param name="Attribution">The line every export carries: author, title, publisher.</param>
/// <param name="Unlocated">Ids of the elements whose quote was not found in the article.</param>
public sealed record ArticleView(
    string DocumentId,
    string Title,
    string? Author,
    string? Publisher,
    string Attribution,
    IReadOnlyList<ArticleParagraph> Paragraphs,
    IReadOnlyList<string> Unlocated);

/// <summary>One paragraph of the article and the number of facts (nodes and relationships) quoting it.</summary>
public sealed record ArticleParagraph(int Index, string Text, int FactCount);
