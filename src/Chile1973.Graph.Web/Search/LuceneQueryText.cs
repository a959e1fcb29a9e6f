using System.Text;

namespace Chile1973.Graph.Web.Search;

/// <summary>
/// Turns what a user typed into a full-text query that matches it as a prefix: every Lucene special
/// character escaped, then <c>*</c> appended. Lower-cased so that <c>AND</c>, <c>OR</c> and <c>NOT</c>
/// are words, not operators (the index folds case anyway).
/// </summary>
public static class LuceneQueryText
{
    // The reserved characters of Lucene's classic query parser (org.apache.lucene.queryparser.classic.QueryParserBase.escape).
    private const string Specials = "\\+-!():^[]\"{}~*?|&/";

    /// <summary>The prefix query for a user's text, or null when nothing searchable is left.</summary>
    public static string? ForPrefix(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var word in words)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            foreach (var c in word)
            {
                if (Specials.Contains(c, StringComparison.Ordinal))
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }
        }

        return sb.Append('*').ToString();
    }
}
