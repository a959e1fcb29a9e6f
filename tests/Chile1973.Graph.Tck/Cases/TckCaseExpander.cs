using System.Globalization;
using System.Text.RegularExpressions;
using Chile1973.Graph.Tck.Gherkin;

namespace Chile1973.Graph.Tck.Cases;

/// <summary>Turns a parsed feature into its test cases: one per scenario and one per Examples row of an outline.</summary>
public static partial class TckCaseExpander
{
    /// <summary>The test cases of one feature; <paramref name="featurePath"/> is relative to the features folder.</summary>
    public static IReadOnlyList<TckCase> Expand(GherkinFeature feature, string featurePath)
    {
        var cases = new List<TckCase>();
        for (var s = 0; s < feature.Scenarios.Count; s++)
        {
            var scenario = feature.Scenarios[s];
            var number = ScenarioNumber(scenario.Name, s + 1);
            var ignored = scenario.Tags.Contains("@ignore", StringComparer.Ordinal);
            var steps = feature.Background.Concat(scenario.Steps).ToList();
            if (scenario.Examples is null)
            {
                cases.Add(Create($"{featurePath}#[{number}]", featurePath, scenario.Name, steps, ignored));
                continue;
            }

            var header = scenario.Examples.Header;
            var rows = scenario.Examples.Body.ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var c = 0; c < header.Count; c++)
                {
                    values.TryAdd(header[c], row[c]);
                }

                // One pass, as Gherkin does: a substituted value is never itself searched for placeholders.
                string Substitute(string text) =>
                    Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

                var substituted = steps.Select(step => step with
                {
                    Text = Substitute(step.Text),
                    DocString = step.DocString is null ? null : Substitute(step.DocString),
                    Table = step.Table?.Map(Substitute),
                }).ToList();
                cases.Add(Create(
                    $"{featurePath}#[{number}]:{r.ToString(CultureInfo.InvariantCulture)}",
                    featurePath,
                    Substitute(scenario.Name),
                    substituted,
                    ignored));
            }
        }

        return cases;
    }

    /// <summary>Classifies a case: error when it expects one, write when the query under test writes.</summary>
    public static TckCaseClass Classify(IReadOnlyList<GherkinStep> steps)
    {
        if (steps.Any(step => step.Keyword == "Then" && StepPatterns.ExpectedError().IsMatch(step.Text)))
        {
            return TckCaseClass.Error;
        }

        var query = steps.FirstOrDefault(step => step.Keyword == "When" && step.Text == "executing query:")?.DocString;
        return query is not null && WritesTo(query) ? TckCaseClass.Write : TckCaseClass.ReadOnly;
    }

    /// <summary>True when the query text has a write clause outside string literals and comments.</summary>
    public static bool WritesTo(string query) => WriteClause().IsMatch(Literal().Replace(query, " "));

    private static TckCase Create(string id, string featurePath, string name, List<GherkinStep> steps, bool ignored) =>
        new(id, featurePath, name, steps, ignored, Classify(steps));

    private static string ScenarioNumber(string name, int ordinal)
    {
        var match = TitleNumber().Match(name);
        return match.Success ? match.Groups[1].Value : ordinal.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"<([^<>\n]+)>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\[(\d+)\]")]
    private static partial Regex TitleNumber();

    [GeneratedRegex(@"\b(CREATE|MERGE|SET|DELETE|REMOVE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteClause();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`[^`]*`|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Literal();
}
