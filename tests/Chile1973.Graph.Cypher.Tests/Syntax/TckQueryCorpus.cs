using System.Text;

namespace Chile1973.Graph.Cypher.Tests.Syntax;

/// <summary>
/// One query of the openCypher TCK: the query under test (with the error its scenario expects, if any), or a setup
/// or control query (<see cref="IsSupporting"/>), which must always run.
/// </summary>
public sealed record TckQuery(string Id, string Query, string? ExpectedErrorType, string? ExpectedPhase, string? ExpectedDetail)
{
    /// <summary>Whether this is a setup (<c>having executed</c>) or control query rather than the query under test.</summary>
    public bool IsSupporting { get; init; }

    /// <summary>Whether the scenario expects the query to fail before producing a row.</summary>
    public bool ExpectsCompileTimeError => ExpectedPhase == "compile time";

    /// <summary>Whether the scenario expects the query to run (no error at all).</summary>
    public bool ExpectsSuccess => ExpectedErrorType is null;

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>
/// Reads the queries under test (<c>When executing query:</c>) from the TCK feature files, expanding scenario
/// outlines. The TCK is not part of the repository: it is found through <c>CYPHER_TCK_DIR</c> or
/// <c>../shared/tck/features</c> next to the repository root.
/// </summary>
public static class TckQueryCorpus
{
    /// <summary>The features folder, or null when the TCK is not on this machine.</summary>
    public static string? FindFeaturesDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CYPHER_TCK_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chile1973.Graph.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tck", "features"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>Where to get the TCK, for skip messages.</summary>
    public const string MissingMessage =
        "The openCypher TCK was not found: set CYPHER_TCK_DIR to its features folder, or place it at ../shared/tck/features " +
        "(https://github.com/opencypher/openCypher, folder tck/features).";

    /// <summary>All queries under test in every feature file below <paramref name="featuresDirectory"/>.</summary>
    public static IReadOnlyList<TckQuery> Load(string featuresDirectory)
    {
        var queries = new List<TckQuery>();
        foreach (var file in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(featuresDirectory, file).Replace('\\', '/');
            queries.AddRange(ReadFeature(relative, File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal)));
        }

        return queries;
    }

    private sealed class Scenario(string title)
    {
        public string Title { get; } = title;

        public string? Query { get; set; }

        public List<string> SupportingQueries { get; } = [];

        public string? ErrorLine { get; set; }

        public List<string[]> Examples { get; } = [];
    }

    private static IEnumerable<TckQuery> ReadFeature(string path, string content)
    {
        var lines = content.Split('\n');
        var scenarios = new List<Scenario>();
        Scenario? current = null;
        var lastStepWasQuery = false;
        var lastStepWasSupporting = false;
        var inExamples = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("Scenario", StringComparison.Ordinal))
            {
                current = new Scenario(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                scenarios.Add(current);
                inExamples = false;
                continue;
            }

            if (line.StartsWith("Background", StringComparison.Ordinal))
            {
                current = new Scenario("Background");
                scenarios.Add(current);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var doc = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal); i++)
                {
                    doc.Append(lines[i].Trim()).Append('\n');
                }

                if (lastStepWasQuery)
                {
                    current.Query = doc.ToString().TrimEnd('\n');
                }
                else if (lastStepWasSupporting)
                {
                    current.SupportingQueries.Add(doc.ToString().TrimEnd('\n'));
                }

                lastStepWasQuery = false;
                lastStepWasSupporting = false;
                continue;
            }

            if (line.StartsWith("Examples", StringComparison.Ordinal))
            {
                inExamples = true;
                continue;
            }

            if (inExamples && line.StartsWith('|'))
            {
                current.Examples.Add(SplitRow(line));
                continue;
            }

            if (line.StartsWith("When executing query:", StringComparison.Ordinal))
            {
                lastStepWasQuery = true;
            }
            else if (line.EndsWith("having executed:", StringComparison.Ordinal) || line.EndsWith("executing control query:", StringComparison.Ordinal))
            {
                lastStepWasSupporting = true;
            }
            else if (line.Contains("should be raised at", StringComparison.Ordinal))
            {
                current.ErrorLine = line;
            }
        }

        foreach (var scenario in scenarios)
        {
            for (var i = 0; i < scenario.SupportingQueries.Count; i++)
            {
                foreach (var expanded in Expand(scenario, scenario.SupportingQueries[i]))
                {
                    yield return new TckQuery($"{path} {scenario.Title} (setup {i + 1})", expanded, null, null, null) { IsSupporting = true };
                }
            }
        }

        foreach (var scenario in scenarios.Where(static s => s.Query is not null))
        {
            var (type, phase, detail) = ParseError(scenario.ErrorLine);
            if (scenario.Examples.Count < 2)
            {
                yield return new TckQuery($"{path} {scenario.Title}", scenario.Query!, type, phase, detail);
                continue;
            }

            var header = scenario.Examples[0];
            for (var row = 1; row < scenario.Examples.Count; row++)
            {
                var query = scenario.Query!;
                for (var c = 0; c < header.Length && c < scenario.Examples[row].Length; c++)
                {
                    query = query.Replace($"<{header[c]}>", scenario.Examples[row][c], StringComparison.Ordinal);
                }

                var rowError = ParseError(Substitute(scenario.ErrorLine, header, scenario.Examples[row]));
                yield return new TckQuery($"{path} {scenario.Title} #{row - 1}", query, rowError.Type, rowError.Phase, rowError.Detail);
            }
        }
    }

    private static IEnumerable<string> Expand(Scenario scenario, string text)
    {
        if (scenario.Examples.Count < 2)
        {
            return [text];
        }

        return scenario.Examples.Skip(1).Select(row => Substitute(text, scenario.Examples[0], row)!).Distinct(StringComparer.Ordinal);
    }

    private static string? Substitute(string? text, string[] header, string[] values)
    {
        if (text is null)
        {
            return null;
        }

        for (var c = 0; c < header.Length && c < values.Length; c++)
        {
            text = text.Replace($"<{header[c]}>", values[c], StringComparison.Ordinal);
        }

        return text;
    }

    // Gherkin cells: '|' separated, with \| \\ \n escapes.
    private static string[] SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                var next = line[++i];
                cell.Append(next switch { '|' => "|", '\\' => "\\", 'n' => "\n", _ => "\\" + next });
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return [.. cells];
    }

    private static (string? Type, string? Phase, string? Detail) ParseError(string? line)
    {
        if (line is null)
        {
            return (null, null, null);
        }

        // "Then a SyntaxError should be raised at compile time: UndefinedVariable"
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var type = words.Length > 2 ? words[2] : null;
        var at = line.IndexOf(" at ", StringComparison.Ordinal);
        var colon = line.LastIndexOf(':');
        var phase = at >= 0 && colon > at ? line[(at + 4)..colon].Trim() : null;
        var detail = colon >= 0 ? line[(colon + 1)..].Trim() : null;
        return (type, phase, detail);
    }
}
