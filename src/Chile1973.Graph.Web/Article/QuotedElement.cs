namespace Chile1973.Graph.Web.Article;

/// <summary>A node's or relationship's quote and where it sits in the article (no spans when it was not found).</summary>
public sealed record QuotedElement(string Id, string Quote, IReadOnlyList<QuoteSpan> Spans);

/// <summary>A quote's part inside one paragraph: characters <c>[Start, Start + Length)</c> of the paragraph's text.</summary>
public sealed record QuoteSpan(int Paragraph, int Start, int Length);
