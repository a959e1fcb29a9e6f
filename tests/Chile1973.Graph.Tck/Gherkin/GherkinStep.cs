namespace Chile1973.Graph.Tck.Gherkin;

/// <summary>
/// One step. <see cref="Keyword"/> is Given, When or Then: And/But already take the meaning of the
/// step before them. <see cref="Text"/> is trimmed and excludes the keyword.
/// </summary>
public sealed record GherkinStep(string Keyword, string Text, int Line, string? DocString = null, GherkinTable? Table = null);
