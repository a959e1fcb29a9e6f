using Chile1973.Graph.Tck.Gherkin;

namespace Chile1973.Graph.Tck.Cases;

/// <summary>
/// One runnable test case: a scenario, or one Examples row of an outline, with the Background
/// prepended and the outline's placeholders substituted.
/// </summary>
/// <param name="Id">Stable id: <c>&lt;feature path&gt;#[n]</c>, plus <c>:row</c> (0-based) for outline rows.</param>
/// <param name="FeaturePath">The feature file's path relative to the features folder, with '/'.</param>
/// <param name="Name">The scenario title.</param>
/// <param name="Steps">The steps to run, in order.</param>
/// <param name="Ignored">Tagged <c>@ignore</c>: reported as skipped.</param>
/// <param name="Class">Read-only, write or error.</param>
public sealed record TckCase(
    string Id,
    string FeaturePath,
    string Name,
    IReadOnlyList<GherkinStep> Steps,
    bool Ignored,
    TckCaseClass Class)
{
    /// <summary>The folder of the feature file (<c>clauses/match</c>), for per-folder pass rates.</summary>
    public string Folder => FeaturePath.Contains('/', StringComparison.Ordinal)
        ? FeaturePath[..FeaturePath.LastIndexOf('/')]
        : ".";
}
