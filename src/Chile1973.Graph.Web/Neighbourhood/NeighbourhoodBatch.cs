using System.Text.Json.Serialization;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// One ring of a neighbourhood: its nodes and the edges that join them to what was sent before.
/// Ring 1 also carries the centre node.
/// </summary>
/// <param name="Remaining">
/// Neighbours of this ring's frontier that were read and not sent (the limit or the fairness cap held them back);
/// each frontier node offers at most as many as the ring may send, so a hub's count stops there.
/// </param>
/// <param name="ServerMs">How long the server took to compute this ring.</param>
[JsonConverter(typeof(NeighbourhoodBatchJsonConverter))]
public sealed record NeighbourhoodBatch(
    int Ring,
    IReadOnlyList<NodeElement> Nodes,
    IReadOnlyList<EdgeElement> Edges,
    int Remaining,
    double ServerMs);
