using Chile1973.Graph.Tck.Cases;
using Chile1973.Graph.Tck.Values;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Suite;

/// <summary>Checks the runner can read all of the public TCK, independently of any engine.</summary>
public sealed class TckFilesTests
{
    private static readonly HashSet<string> ValueTableSteps = new(StringComparer.Ordinal)
    {
        "the result should be, in any order:",
        "the result should be, in order:",
        "the result should be (ignoring element order for lists):",
        "the result should be, in order (ignoring element order for lists):",
    };

    [Fact]
    public void Every_value_cell_of_the_TCK_parses()
    {
        var features = TckLocation.FindFeatures();
        if (features is null)
        {
            Assert.Skip(TckLocation.SkipMessage);
        }

        var cases = TckCatalog.Load(features);
        var bad = new List<string>();
        var cells = 0;
        foreach (var testCase in cases)
        {
            foreach (var step in testCase.Steps.Where(s => s.Table is not null))
            {
                var valueRows = ValueTableSteps.Contains(step.Text) || step.Text.StartsWith("there exists a procedure", StringComparison.Ordinal)
                    ? step.Table!.Body
                    : step.Text == "parameters are:" ? step.Table!.Rows.Select(r => r.Skip(1).ToList()) : [];
                foreach (var cell in valueRows.SelectMany(row => row))
                {
                    cells++;
                    try
                    {
                        TckValueParser.Parse(cell);
                    }
                    catch (FormatException error)
                    {
                        bad.Add($"{testCase.Id} line {step.Line}: {error.Message}");
                    }
                }
            }
        }

        Assert.True(cells > 1000, $"only {cells} cells found under {features}");
        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(20)));
    }

    [Fact]
    public void Every_TCK_step_is_one_the_runner_knows()
    {
        var features = TckLocation.FindFeatures();
        if (features is null)
        {
            Assert.Skip(TckLocation.SkipMessage);
        }

        var unknown = TckCatalog.Load(features)
            .SelectMany(c => c.Steps.Select(s => (c.Id, Step: s)))
            .Where(x => !IsKnown(x.Step.Keyword, x.Step.Text))
            .Select(x => $"{x.Id} line {x.Step.Line}: {x.Step.Keyword} {x.Step.Text}")
            .Distinct()
            .ToList();

        Assert.True(unknown.Count == 0, string.Join("\n", unknown.Take(20)));
    }

    private static bool IsKnown(string keyword, string text) => keyword switch
    {
        "Given" => text is "an empty graph" or "any graph" or "having executed:" or "parameters are:"
            || StepPatterns.NamedGraph().IsMatch(text) || StepPatterns.Procedure().IsMatch(text),
        "When" => text is "executing query:" or "executing control query:",
        "Then" => ValueTableSteps.Contains(text) || text is "the result should be empty" or "no side effects" or "the side effects should be:"
            || StepPatterns.ExpectedError().IsMatch(text),
        _ => false,
    };
}
