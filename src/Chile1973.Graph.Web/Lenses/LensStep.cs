namespace Chile1973.Graph.Web.Lenses;

/// <summary>One relationship seen from one of its ends: the node at the other end, that node's kind and start date, and the edge.</summary>
public sealed record LensStep(string Other, string OtherKind, string? OtherStart, EdgeElement Edge)
{
    /// <summary>True when the relationship points away from the node it was read from.</summary>
    public bool Outgoing(string from) => string.Equals(Edge.Data.Source, from, StringComparison.Ordinal);
}
