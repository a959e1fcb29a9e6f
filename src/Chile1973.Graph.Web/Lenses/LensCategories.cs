namespace Chile1973.Graph.Web.Lenses;

/// <summary>
/// Which categories of the vocabulary (<c>graph/vocabulary/categories.csv</c>) each lens walks. The names are
/// the vocabulary's; this is only the choice of them per lens.
/// </summary>
public static class LensCategories
{
    /// <summary>The plot chain follows what brought what about, and what came next.</summary>
    public static IReadOnlyList<string> Chain { get; } = ["causal", "sequence"];

    /// <summary>Influence scores and trees weigh who shaped whom.</summary>
    public static IReadOnlyList<string> Influence { get; } = ["influence"];
}
