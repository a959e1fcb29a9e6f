namespace Chile1973.Graph.Web.Lenses.Chain;

/// <summary>
/// One step of the plot chain: from a node already on the chain to a new one through one edge. <paramref name="Date"/>
/// is the date the step is placed at (the new node's start, else the edge's, else the date of the node it comes from),
/// <paramref name="Uncertain"/> true when that date is known only to the month or year.
/// </summary>
public sealed record ChainStep(int Order, NodeElement From, NodeElement To, EdgeElement Edge, string? Date, bool Uncertain);
