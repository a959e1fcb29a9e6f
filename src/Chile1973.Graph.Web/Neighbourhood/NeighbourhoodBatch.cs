namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// One ring of a neighbourhood: its nodes and the edges that join them to what was sent before.
/// Ring 1 also carries the centre node.
/// </summary>
/// <param name="Remaining">Neighbours of this ring's frontier that were not sent (the limit or the fairness cap held them back).</param>
/// <param name="ServerMs">How long the server took to compute this ring.</param>
public sealed record NeighbourhoodBatch(
    int Ring,
    IReadOnlyList<NodeElement> Nodes,
    IReadOnlyList<EdgeElement> Edges,
    int Remaining,
    double ServerMs);
