namespace Chile1973.Graph.Cypher.Store;

/// <summary>Which relationships of a node to follow, seen from that node.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
