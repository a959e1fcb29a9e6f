namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>The graph files have problems, so nothing was loaded.</summary>
public sealed class GraphValidationException(IReadOnlyList<GraphProblem> problems)
    : Exception(Describe(problems))
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<GraphProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<GraphProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        const int Shown = 20;
        var lines = problems.Take(Shown).Select(p => p.ToString());
        var more = problems.Count > Shown ? $"{Environment.NewLine}... and {problems.Count - Shown} more" : string.Empty;
        return $"The graph files have {problems.Count} problem(s); nothing was loaded:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + more;
    }
}
