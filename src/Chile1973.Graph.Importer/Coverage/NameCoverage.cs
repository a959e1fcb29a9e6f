namespace Chile1973.Graph.Importer.Coverage;

/// <summary>
/// Finds the capitalised names and acronyms of the seeds that match no node name or alias, so a
/// curator sees what the graph still lacks. Matching ignores case and accents. Every occurrence of
/// a known name is struck out first; what is left are runs of capitalised words (joined by
/// <c>de</c>, <c>y</c>, <c>of</c> and the like). A capitalised word at a sentence start is
/// dropped when the text also uses it in lower case ("The", "In", "Since").
/// </summary>
public static class NameCoverage
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "del", "la", "las", "los", "y", "e", "of" };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    // Sentence openers the text never uses in lower case, so the lower-case test cannot catch them.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "according", "although", "because", "despite", "however", "meanwhile", "moreover", "nevertheless", "therefore", "thus",
        "why", "what", "when", "where", "who", "how", "something", "nothing", "everything", "join", "fifty", "faced", "after", "before",
        "later", "then", "now", "today", "finally", "instead", "indeed", "yet",
    };

    /// <summary>The names of the seeds that none of <paramref name="nodeNames"/> (names and aliases) covers, most frequent first.</summary>
    public static IReadOnlyList<UncoveredName> Find(SeedLibrary seeds, IEnumerable<string> nodeNames)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(nodeNames);
        var names = KnownNames(nodeNames);
        var found = new Dictionary<string, (string Name, int Count, string Document, int Line)>(StringComparer.Ordinal);
        foreach (var document in seeds.Documents)
        {
            var tokens = SeedTokenizer.Tokenize(document.Text);
            var lowerCase = tokens.Where(t => !t.IsCapitalised).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
            var capitalisedMidSentence = tokens.Where(t => t.IsCapitalised && !t.SentenceStart).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
            var covered = Cover(tokens, names);
            foreach (var run in Runs(tokens, covered, lowerCase, capitalisedMidSentence))
            {
                var key = string.Join(' ', run.Select(t => t.Folded));
                var (line, _) = document.LineAndColumn(run[0].Offset);
                found[key] = found.TryGetValue(key, out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : (string.Join(' ', run.Select(t => t.Text)), 1, document.Id, line);
            }
        }

        return found.Values
            .Select(f => new UncoveredName(f.Name, f.Count, f.Document, f.Line))
            .OrderByDescending(n => n.Count)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every node name and alias as folded words, grouped by first word.</summary>
    private static Dictionary<string, List<string[]>> KnownNames(IEnumerable<string> nodeNames)
    {
        var names = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var name in nodeNames)
        {
            var words = SeedTokenizer.Tokenize(name).Select(t => t.Folded).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (!names.TryGetValue(words[0], out var list))
            {
                names[words[0]] = list = [];
            }

            list.Add(words);
        }

        return names;
    }

    private static bool[] Cover(List<SeedToken> tokens, Dictionary<string, List<string[]>> names)
    {
        var covered = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!names.TryGetValue(tokens[i].Folded, out var candidates))
            {
                continue;
            }

            foreach (var words in candidates)
            {
                if (Matches(tokens, i, words))
                {
                    Array.Fill(covered, true, i, words.Length);
                }
            }
        }

        return covered;
    }

    private static bool Matches(List<SeedToken> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Folded, words[k], StringComparison.Ordinal) || (k > 0 && !tokens[start + k].Joined))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<List<SeedToken>> Runs(
        List<SeedToken> tokens, bool[] covered, HashSet<string> lowerCase, HashSet<string> capitalisedMidSentence)
    {
        var run = new List<SeedToken>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : null;
            var extends = token is not null && !covered[i] && run.Count > 0 && token.Joined
                && (token.IsCapitalised || (Connectors.Contains(token.Text) && NextIsCapitalised(tokens, covered, i)));
            if (extends)
            {
                run.Add(token!);
                continue;
            }

            if (Trim(run, lowerCase, capitalisedMidSentence) is { } finished)
            {
                yield return finished;
            }

            run = [];
            if (token is not null && !covered[i] && token.IsCapitalised)
            {
                run.Add(token);
            }
        }
    }

    private static bool NextIsCapitalised(List<SeedToken> tokens, bool[] covered, int i) =>
        i + 1 < tokens.Count && !covered[i + 1] && tokens[i + 1].Joined && tokens[i + 1].IsCapitalised;

    /// <summary>Drops a sentence-initial common word and words that are never names; null when nothing is left.</summary>
    private static List<SeedToken>? Trim(List<SeedToken> run, HashSet<string> lowerCase, HashSet<string> capitalisedMidSentence)
    {
        if (run.Count > 0 && run[0].SentenceStart && (lowerCase.Contains(run[0].Folded) || Connectors.Contains(run[0].Folded)))
        {
            run.RemoveAt(0);
        }

        if (run.Count == 1 && run[0].SentenceStart && !capitalisedMidSentence.Contains(run[0].Folded) && IsOpener(run[0].Folded))
        {
            return null;
        }

        while (run.Count > 0 && Connectors.Contains(run[0].Folded))
        {
            run.RemoveAt(0);
        }

        run.RemoveAll(t => NotNames.Contains(t.Folded));
        if (run.Count == 0 || (run.Count == 1 && run[0].Text.Length == 1))
        {
            return null;
        }

        return run;
    }

    /// <summary>Adverbs and participles that open sentences ("Sadly", "Ignoring") are not names.</summary>
    private static bool IsOpener(string folded) =>
        Openers.Contains(folded)
        || folded.EndsWith("ly", StringComparison.Ordinal)
        || folded.EndsWith("ing", StringComparison.Ordinal);
}
