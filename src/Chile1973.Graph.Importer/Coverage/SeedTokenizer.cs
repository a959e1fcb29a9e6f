namespace Chile1973.Graph.Importer.Coverage;

/// <summary>Splits text into words, keeping apostrophes and hyphens inside words (<c>Prats-Millas</c>, <c>O'Higgins</c>).</summary>
internal static class SeedTokenizer
{
    public static List<SeedToken> Tokenize(string text)
    {
        var tokens = new List<SeedToken>();
        var previousEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsInnerMark(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
            {
                word = word[..^2];
            }

            var gap = text.AsSpan(previousEnd, start - previousEnd);
            tokens.Add(new SeedToken(start, word, Fold(word), IsJoining(gap), tokens.Count == 0 || EndsSentence(gap)));
            previousEnd = i;
        }

        return tokens;
    }

    /// <summary>Folds a name the way tokens are folded, so names and text compare alike.</summary>
    public static string Fold(string text) => NameFolding.Fold(text.Replace('’', '\'').Replace('‘', '\''));

    /// <summary>White space, or a plural possessive's apostrophe (<c>Workers’ Party</c>), keeps words in one name.</summary>
    private static bool IsJoining(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || c is '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInnerMark(char c) => c is '\'' or '’' or '-';

    /// <summary>Sentence punctuation or a blank line (a new paragraph or heading) ends a sentence; a wrapped line does not.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> gap)
    {
        var lineBreaks = 0;
        foreach (var c in gap)
        {
            if (c is '.' or '!' or '?' or ':' || (c == '\n' && ++lineBreaks == 2))
            {
                return true;
            }
        }

        return false;
    }
}
