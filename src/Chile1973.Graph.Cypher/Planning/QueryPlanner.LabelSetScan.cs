namespace Chile1973.Graph.Cypher.Planning;

/// <summary>The lone node pattern a projection counts by label set (see <see cref="LabelSetCountRewrite"/>).</summary>
internal sealed partial class QueryPlanner
{
    private LabelSetScan? _labelSetScan;

    /// <summary>The node variable, the labels the pattern requires, and the slot holding the current label set's names.</summary>
    private sealed record LabelSetScan(string Variable, IReadOnlyList<string> Labels, int LabelsSlot);
}
