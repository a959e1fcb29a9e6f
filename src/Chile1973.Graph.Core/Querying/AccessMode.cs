namespace Chile1973.Graph.Core.Querying;

/// <summary>Whether a query may change the graph. A write clause in a read query is an error.</summary>
public enum AccessMode
{
    Read,
    Write,
}
