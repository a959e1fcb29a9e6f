namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>A node that could join the next ring, and the frontier node it hangs from.</summary>
internal sealed record RingCandidate(string Via, NodeElement Node);
