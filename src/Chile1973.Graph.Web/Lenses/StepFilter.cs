namespace Chile1973.Graph.Web.Lenses;

/// <summary>Which relationships a lens may walk: those of the listed categories (all when null), and only facts when asked.</summary>
public sealed record StepFilter(IReadOnlyList<string>? Categories, bool FactsOnly);
