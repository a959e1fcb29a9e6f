namespace Chile1973.Graph.Web.Lenses.Paths;

/// <summary>
/// What paths to find: <c>shortest</c> (one), <c>allShortest</c> (every path of the shortest length) or
/// <c>kShortest</c> (the <paramref name="K"/> shortest simple paths); at most <paramref name="MaxLength"/> steps;
/// through relationships of <paramref name="Categories"/> (null: all) and, with <paramref name="FactsOnly"/>, none
/// the author is credited with claiming.
/// </summary>
public sealed record PathRequest(string Mode = PathRequest.Shortest, int K = 1, int MaxLength = 8, IReadOnlyList<string>? Categories = null, bool FactsOnly = false)
{
    /// <summary>One shortest path.</summary>
    public const string Shortest = "shortest";

    /// <summary>Every shortest path.</summary>
    public const string AllShortest = "allShortest";

    /// <summary>The k shortest simple paths.</summary>
    public const string KShortest = "kShortest";
}
