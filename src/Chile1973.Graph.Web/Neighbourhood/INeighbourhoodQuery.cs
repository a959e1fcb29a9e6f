namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>Walks the graph outward from a node, ring by ring.</summary>
public interface INeighbourhoodQuery
{
    /// <summary>
    /// Ring 1 first, then ring 2, ... up to <paramref name="depth"/>; never more than <paramref name="limit"/>
    /// elements (nodes and edges) in all, never an element twice, edges only between nodes sent.
    /// </summary>
    IAsyncEnumerable<NeighbourhoodBatch> StreamAsync(string nodeId, int depth, int limit, CancellationToken cancellationToken);
}
