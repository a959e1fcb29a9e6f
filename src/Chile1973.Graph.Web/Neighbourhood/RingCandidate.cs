namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>A node that could join the next ring, the frontier node it hangs from and how many undelivered neighbours that one has.</summary>
internal sealed record RingCandidate(string Via, NodeElement Node, long ViaUnseen);
