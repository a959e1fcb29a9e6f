namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>A parsed feature file: its Background steps (possibly none) and its scenarios.</summary>
public sealed record GherkinFeature(
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GherkinStep> Background,
    IReadOnlyList<GherkinScenario> Scenarios);
