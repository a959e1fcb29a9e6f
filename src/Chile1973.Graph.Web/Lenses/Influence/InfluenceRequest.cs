namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>The <paramref name="Top"/> most influential nodes over the relationships of <paramref name="Categories"/> (null: the influence category).</summary>
public sealed record InfluenceRequest(int Top = 20, IReadOnlyList<string>? Categories = null);
