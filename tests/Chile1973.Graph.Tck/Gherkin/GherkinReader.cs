using System.Text;

namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>
/// Reads the subset of Gherkin the openCypher TCK uses: Feature, Background, Scenario, Scenario
/// Outline with Examples, tags, comments, doc strings and data tables. CRLF and tab indentation are
/// accepted. Errors name the source and line.
/// </summary>
public static class GherkinReader
{
    private static readonly string[] StepKeywords = ["Given", "When", "Then", "And", "But", "*"];

    /// <summary>Reads a feature file from disk.</summary>
    public static GherkinFeature ReadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses feature text; <paramref name="source"/> names it in error messages.</summary>
    public static GherkinFeature Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var state = new ReaderState(source);
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i];
            var line = raw.Trim();
            if (line.StartsWith("\"\"\"", StringComparison.Ordinal) || line.StartsWith("```", StringComparison.Ordinal))
            {
                i = ReadDocString(lines, i, state);
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('@'))
            {
                state.PendingTags.AddRange(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            }
            else if (line.StartsWith('|'))
            {
                state.AddTableRow(SplitRow(line, source, lineNumber), lineNumber);
            }
            else if (TryKeyword(line, "Feature:", out var name))
            {
                state.StartFeature(name);
            }
            else if (TryKeyword(line, "Background:", out _))
            {
                state.StartBackground(lineNumber);
            }
            else if (TryKeyword(line, "Scenario Outline:", out name)
                || TryKeyword(line, "Scenario Template:", out name)
                || TryKeyword(line, "Scenario:", out name)
                || TryKeyword(line, "Example:", out name))
            {
                state.StartScenario(name, lineNumber);
            }
            else if (TryKeyword(line, "Examples:", out _) || TryKeyword(line, "Scenarios:", out _))
            {
                state.StartExamples(lineNumber);
            }
            else if (TryStep(line, out var keyword, out var stepText))
            {
                state.AddStep(keyword, stepText, lineNumber);
            }
            else
            {
                // Free text after Feature:, Scenario: or Examples: is a description, which Gherkin ignores.
                state.AddDescription(lineNumber);
            }
        }

        return state.Finish();
    }

    private static int ReadDocString(string[] lines, int start, ReaderState state)
    {
        var opening = lines[start];
        var indent = opening.Length - opening.TrimStart().Length;
        var delimiter = opening.Trim()[..3];
        var content = new List<string>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.Equals(line.Trim(), delimiter, StringComparison.Ordinal))
            {
                state.AttachDocString(string.Join('\n', content), start + 1);
                return i;
            }

            // Gherkin removes up to the opening delimiter's indentation from every content line.
            var strip = 0;
            while (strip < indent && strip < line.Length && char.IsWhiteSpace(line[strip]))
            {
                strip++;
            }

            content.Add(line[strip..].Replace("\\\"\\\"\\\"", "\"\"\"", StringComparison.Ordinal));
        }

        throw new FormatException($"{state.Source}:{start + 1}: the doc string opened here is never closed.");
    }

    /// <summary>Splits a table row the way Gherkin does: cells trimmed, <c>\|</c>, <c>\\</c> and <c>\n</c> unescaped, any other backslash kept.</summary>
    public static IReadOnlyList<string> SplitRow(string line, string source, int lineNumber)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|'))
        {
            throw new FormatException($"{source}:{lineNumber}: a table row must start with '|'.");
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c == '\\' && i + 1 < trimmed.Length)
            {
                var next = trimmed[i + 1];
                switch (next)
                {
                    case '|': cell.Append('|'); i++; break;
                    case '\\': cell.Append('\\'); i++; break;
                    case 'n': cell.Append('\n'); i++; break;
                    default: cell.Append('\\'); break;
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            throw new FormatException($"{source}:{lineNumber}: a table row must end with '|'.");
        }

        return cells;
    }

    private static bool TryKeyword(string line, string keyword, out string rest)
    {
        if (line.StartsWith(keyword, StringComparison.Ordinal))
        {
            rest = line[keyword.Length..].Trim();
            return true;
        }

        rest = string.Empty;
        return false;
    }

    private static bool TryStep(string line, out string keyword, out string text)
    {
        foreach (var candidate in StepKeywords)
        {
            if (line.StartsWith(candidate, StringComparison.Ordinal)
                && (line.Length == candidate.Length || line[candidate.Length] is ' ' or '\t'))
            {
                keyword = candidate;
                text = line[candidate.Length..].Trim();
                return true;
            }
        }

        keyword = string.Empty;
        text = string.Empty;
        return false;
    }
}
