using Chile1973.Graph.Core.GraphFiles;

namespace Chile1973.Graph.Web.Article;

/// <summary>
/// Who wrote and published a seed, read from the table of <c>seeds/README.md</c>
/// (<c>| `id` | title | author | publisher |</c>), the one place the seeds are catalogued.
/// </summary>
public sealed record SeedAttribution(string Title, string? Author, string? Publisher)
{
    private const string Catalogue = "README.md";

    /// <summary>The line every export carries.</summary>
    public string Text => string.Join(", ", new[] { Author, $"“{Title}”", Publisher }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The seed's row of the catalogue; the document's first line as its title when the catalogue lacks it.</summary>
    public static SeedAttribution Read(string seedsDirectory, SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var catalogue = Path.Combine(seedsDirectory, Catalogue);
        if (File.Exists(catalogue))
        {
            foreach (var line in File.ReadLines(catalogue))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                // A table row splits into an empty cell before the first bar, four cells and an empty one after the last.
                if (cells is ["", var id, var title, var author, var publisher, ""] && id.Trim('`') == document.Id)
                {
                    return new SeedAttribution(title, NullIfEmpty(author), NullIfEmpty(publisher));
                }
            }
        }

        return new SeedAttribution(document.GetLine(1).Trim(), null, null);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
