using Gherkin;
using Gherkin.Ast;

namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>
/// Reads a feature file with the official Gherkin parser and keeps what the TCK runner uses: the Background,
/// the scenarios with their tags (the feature's first), steps with their doc string or table, and one Examples
/// table per outline. Errors name the source and line.
/// </summary>
public static class GherkinReader
{
    /// <summary>Reads a feature file from disk.</summary>
    public static GherkinFeature ReadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses feature text; <paramref name="source"/> names it in error messages.</summary>
    public static GherkinFeature Parse(string text, string source)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            throw new FormatException(string.Join(Environment.NewLine, e.Errors.Select(error => At(source, error))), e);
        }
        catch (ParserException e)
        {
            throw new FormatException(At(source, e), e);
        }

        var feature = document.Feature ?? throw new FormatException($"{source}: no Feature: found.");
        var featureTags = feature.Tags.Select(t => t.Name).ToList();
        var background = new List<GherkinStep>();
        var scenarios = new List<GherkinScenario>();
        string? lastPrimary = null;
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Background b:
                    lastPrimary = null;
                    background.AddRange(Steps(b.Steps, source, ref lastPrimary));
                    break;
                case Scenario s:
                    // A scenario may open with And: it continues the Background's last step (Match5 [25]).
                    lastPrimary = background.Count > 0 ? background[^1].Keyword : null;
                    scenarios.Add(new GherkinScenario(
                        s.Name,
                        [.. featureTags, .. s.Tags.Select(t => t.Name)],
                        Steps(s.Steps, source, ref lastPrimary),
                        (int)s.Location.Line,
                        Examples(s, source)));
                    break;
                default:
                    throw new FormatException($"{source}:{child.Location.Line}: only Background and Scenario sections are read.");
            }
        }

        return new GherkinFeature(feature.Name, featureTags, background, scenarios);
    }

    /// <summary>
    /// The steps with Given, When or Then as their keyword: And, But and <c>*</c> take the meaning of the
    /// step before them.
    /// </summary>
    private static List<GherkinStep> Steps(IEnumerable<Step> steps, string source, ref string? lastPrimary)
    {
        var read = new List<GherkinStep>();
        foreach (var step in steps)
        {
            var keyword = step.Keyword.Trim();
            if (keyword is not ("Given" or "When" or "Then"))
            {
                keyword = lastPrimary ?? throw new FormatException($"{source}:{step.Location.Line}: '{keyword}' must follow a Given, When or Then step.");
            }

            lastPrimary = keyword;
            read.Add(new GherkinStep(
                keyword,
                step.Text.Trim(),
                (int)step.Location.Line,
                step.DocString?.Content,
                step.DataTable is { } table ? Table(table.Rows) : null));
        }

        return read;
    }

    private static GherkinTable? Examples(Scenario scenario, string source)
    {
        var examples = scenario.Examples.ToList();
        if (examples.Count > 1)
        {
            throw new FormatException($"{source}:{examples[1].Location.Line}: only one Examples: table per Scenario Outline is supported.");
        }

        return examples.Count == 0 ? null : Table([examples[0].TableHeader, .. examples[0].TableBody]);
    }

    private static GherkinTable Table(IEnumerable<TableRow> rows) =>
        new([.. rows.Select(row => (IReadOnlyList<string>)[.. row.Cells.Select(cell => cell.Value)])]);

    private static string At(string source, ParserException error) =>
        error.Location is { } location ? $"{source}:{location.Line}: {error.Message}" : $"{source}: {error.Message}";
}
