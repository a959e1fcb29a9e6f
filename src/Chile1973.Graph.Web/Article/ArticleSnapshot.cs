using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Web.Article;

/// <summary>A fact as the index reads it: an element's id, the seed it cites, its quote and dates, and the edge when it is a relationship.</summary>
internal sealed record QuotedFact(string Id, string? Document, string Quote, string? Start, string? End, EdgeElement? Edge);

/// <summary>
/// The quote-to-passage index of one article: its paragraphs (runs of non-blank lines), where each fact's
/// quote sits in them, the facts of each paragraph, and the timeline of the dated facts. Built once per graph.
/// </summary>
internal sealed class ArticleSnapshot
{
    private readonly Dictionary<string, QuotedElement> quoted = new(StringComparer.Ordinal);
    private readonly List<string>[] nodesByParagraph;
    private readonly List<EdgeElement>[] edgesByParagraph;

    public ArticleSnapshot(SeedDocument document, SeedAttribution attribution, IReadOnlyList<QuotedFact> facts, bool[] isNode)
    {
        var paragraphs = Paragraphs(document.Text);
        nodesByParagraph = [.. paragraphs.Select(_ => new List<string>())];
        edgesByParagraph = [.. paragraphs.Select(_ => new List<EdgeElement>())];
        var unlocated = new List<string>();
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var passage = fact.Document is null || string.Equals(fact.Document, document.Id, StringComparison.Ordinal)
                ? document.LocateLoosely(fact.Quote)
                : null;
            var spans = passage is null ? [] : Spans(paragraphs, passage.Offset, passage.Offset + passage.Length);
            if (passage is null)
            {
                unlocated.Add(fact.Id);
            }

            quoted[fact.Id] = new QuotedElement(fact.Id, fact.Quote, spans);
            foreach (var paragraph in spans.Select(s => s.Paragraph).Distinct())
            {
                if (isNode[i])
                {
                    nodesByParagraph[paragraph].Add(fact.Id);
                }
                else if (fact.Edge is not null)
                {
                    edgesByParagraph[paragraph].Add(fact.Edge);
                }
            }
        }

        View = new ArticleView(
            document.Id,
            attribution.Title,
            attribution.Author,
            attribution.Publisher,
            attribution.Text,
            [.. paragraphs.Select((p, i) => new ArticleParagraph(i, document.Text[p.Start..p.End], nodesByParagraph[i].Count + edgesByParagraph[i].Count))],
            unlocated);
        Timeline = TimelineOf(facts);
    }

    public ArticleView View { get; }

    public Timeline Timeline { get; }

    public QuotedElement? Quoted(string id) => quoted.GetValueOrDefault(id);

    public IReadOnlyList<string> NodesOf(int paragraph) => nodesByParagraph[paragraph];

    public IReadOnlyList<EdgeElement> EdgesOf(int paragraph) => edgesByParagraph[paragraph];

    private static List<(int Start, int End)> Paragraphs(string text)
    {
        var paragraphs = new List<(int Start, int End)>();
        var start = -1;
        var end = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                if (start >= 0)
                {
                    paragraphs.Add((start, end));
                    start = -1;
                }
            }
            else
            {
                start = start < 0 ? lineStart + (line.Length - line.TrimStart().Length) : start;
                end = lineStart + line.TrimEnd().Length;
            }

            lineStart = lineEnd + 1;
        }

        if (start >= 0)
        {
            paragraphs.Add((start, end));
        }

        return paragraphs;
    }

    private static List<QuoteSpan> Spans(List<(int Start, int End)> paragraphs, int start, int end)
    {
        var spans = new List<QuoteSpan>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (pStart, pEnd) = paragraphs[i];
            var from = Math.Max(start, pStart);
            var to = Math.Min(end, pEnd);
            if (from < to)
            {
                spans.Add(new QuoteSpan(i, from - pStart, to - from));
            }
        }

        return spans;
    }

    private static Timeline TimelineOf(IReadOnlyList<QuotedFact> facts)
    {
        PartialDate? earliest = null;
        PartialDate? latest = null;
        var years = new SortedDictionary<int, int>();
        foreach (var fact in facts)
        {
            var start = Parse(fact.Start);
            var end = Parse(fact.End);
            if ((start ?? end) is not { } first)
            {
                continue;
            }

            years[first.Year] = years.GetValueOrDefault(first.Year) + 1;
            foreach (var date in new[] { start, end })
            {
                if (date is { } d)
                {
                    earliest = earliest is { } e && e.Earliest <= d.Earliest ? e : d;
                    latest = latest is { } l && l.Latest >= d.Latest ? l : d;
                }
            }
        }

        return new Timeline(earliest?.ToString(), latest?.ToString(), [.. years.Select(y => new TimelineYear(y.Key, y.Value))]);
    }

    private static PartialDate? Parse(string? text) =>
        text is not null && PartialDate.TryParse(text, out var date, out _) ? date : null;
}
