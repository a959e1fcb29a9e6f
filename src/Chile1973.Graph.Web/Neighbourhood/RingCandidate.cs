namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// A node that could join the next ring, with what ranks it (its degree, then its label, then its id) and the frontier
/// node it hangs from. Only the nodes chosen are read in full.
/// </summary>
internal sealed record RingCandidate(string Via, string Id, string Label, long Degree);
