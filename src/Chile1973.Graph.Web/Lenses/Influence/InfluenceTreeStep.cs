namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>One step of an influence tree: at <paramref name="Depth"/> from the chosen node, from a node already in the tree to a new one.</summary>
public sealed record InfluenceTreeStep(int Depth, NodeElement From, NodeElement To, EdgeElement Edge);
