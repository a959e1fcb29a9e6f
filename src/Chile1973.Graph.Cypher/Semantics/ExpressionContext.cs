namespace Chile1973.Graph.Cypher.Semantics;

/// <summary>Where an expression is checked: whether aggregates may appear, and the projected expressions ORDER BY may reuse.</summary>
internal readonly record struct ExpressionContext(
    bool AggregatesAllowed,
    bool InsideAggregate = false,
    IReadOnlyDictionary<string, StaticType>? Projected = null)
{
    /// <summary>Anywhere but a projection: no aggregates.</summary>
    public static ExpressionContext Plain => new(AggregatesAllowed: false);

    /// <summary>A WITH or RETURN item: aggregates allowed at the top.</summary>
    public static ExpressionContext Projection => new(AggregatesAllowed: true);
}
