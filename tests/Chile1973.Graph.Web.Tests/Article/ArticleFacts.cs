using System.Text.Json;
using Chile1973.Graph.Core.GraphFiles;

namespace Chile1973.Graph.Web.Tests.Article;

/// <summary>Facts of the seed article and the curated graph the article, time and link tests rely on (article-facts.json).</summary>
internal sealed record ArticleFacts(
    string DocumentId,
    string Title,
    string Author,
    string Earliest,
    string Latest,
    string CoupId,
    string CoupDate,
    string BeforeCoup,
    string PassageStart,
    string PassageNode,
    string LinkNode,
    string LinkExpand,
    string LinkDate)
{
    public static ArticleFacts Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Article", "article-facts.json")));
        var r = doc.RootElement;
        string S(string a, string? b = null) => (b is null ? r.GetProperty(a) : r.GetProperty(a).GetProperty(b)).GetString()!;
        return new ArticleFacts(S("documentId"), S("title"), S("author"), S("earliest"), S("latest"),
            S("coup", "id"), S("coup", "date"), S("coup", "before"), S("passage", "startsWith"), S("passage", "node"),
            S("link", "node"), S("link", "expand"), S("link", "date"));
    }

    /// <summary>The seed article's text as kept in seeds/.</summary>
    public string SeedText()
    {
        var root = RepositoryPaths.TryFindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No repository root above the tests.");
        return File.ReadAllText(Path.Combine(root, RepositoryPaths.SeedsFolder, $"{DocumentId}.txt"));
    }

    /// <summary>Text with every run of white space as one space, the way quotes are matched.</summary>
    public static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
