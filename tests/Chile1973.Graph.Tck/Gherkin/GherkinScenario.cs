namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>A Scenario, or a Scenario Outline when <see cref="Examples"/> is present.</summary>
public sealed record GherkinScenario(
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GherkinStep> Steps,
    int Line,
    GherkinTable? Examples = null);
