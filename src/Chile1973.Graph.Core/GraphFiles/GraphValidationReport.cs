using Chile1973.Graph.Core.Model;

namespace Chile1973.Graph.Core.GraphFiles;

/// <summary>The outcome of checking the graph files: every problem, and the graph when there are none.</summary>
public sealed record GraphValidationReport(IReadOnlyList<GraphProblem> Problems, KnowledgeGraph? Graph)
{
    /// <summary>True when the files have no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>How many files were read.</summary>
    public int FileCount { get; init; }

    /// <summary>The relationship categories as read from <c>graph/vocabulary/</c>; null when its files are missing.</summary>
    public RelationshipVocabulary? Vocabulary { get; init; }

    /// <summary>
    /// The review aid: relationships whose quote names neither end, each with the reason it was kept
    /// when <c>graph/review/quotes-naming-neither-end.csv</c> lists it. Empty when the files have problems.
    /// </summary>
    public IReadOnlyList<QuoteFinding> QuotesNamingNeitherEnd { get; init; } = [];
}
