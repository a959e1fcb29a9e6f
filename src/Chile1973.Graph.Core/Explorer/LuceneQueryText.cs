using System.Text;

namespace Chile1973.Graph.Core.Explorer;

/// <summary>
/// The query text of <c>db.index.fulltext.queryNodes</c>, Lucene's classic query syntax on both engines
/// (https://neo4j.com/docs/cypher-manual/current/indexes/semantic-indexes/full-text-indexes/):
/// <see cref="ForPrefix"/> writes it from what a user typed, <see cref="Words"/> reads it back for an
/// engine that matches words rather than running Lucene.
/// </summary>
public static class LuceneQueryText
{
    // The reserved characters of Lucene's classic query parser (org.apache.lucene.queryparser.classic.QueryParserBase.escape).
    private const string Specials = "\\+-!():^[]\"{}~*?|&/";

    /// <summary>
    /// The prefix query for a user's text, or null when nothing searchable is left: every special
    /// character escaped, then <c>*</c> appended. Lower-cased so that <c>AND</c>, <c>OR</c> and
    /// <c>NOT</c> are words, not operators (the index folds case anyway).
    /// </summary>
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

    /// <summary>
    /// The words a query asks for, in order: escapes read, wildcards, grouping, quotes, boosts and
    /// fuzziness dropped, and the operators <c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>+</c>, <c>-</c> left out.
    /// </summary>
    public static IReadOnlyList<string> Words(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\' && i + 1 < query.Length)
            {
                word.Append(query[++i]);
            }
            else if (c is '^' or '~')
            {
                // A boost (^2) or fuzziness (~0.8) qualifies the word before it.
                Flush(words, word);
                while (i + 1 < query.Length && (char.IsAsciiDigit(query[i + 1]) || query[i + 1] == '.'))
                {
                    i++;
                }
            }
            else if (char.IsWhiteSpace(c) || Specials.Contains(c, StringComparison.Ordinal))
            {
                // A special character not escaped is syntax, and a leading + or - is an operator.
                Flush(words, word);
            }
            else
            {
                word.Append(c);
            }
        }

        Flush(words, word);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            var text = word.ToString();
            if (text is not ("AND" or "OR" or "NOT"))
            {
                words.Add(text);
            }

            word.Clear();
        }
    }
}
