namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>The ranked nodes, highest score first, and how many nodes and relationships the scores were computed over.</summary>
public sealed record InfluenceRanking(IReadOnlyList<InfluenceItem> Items, int Nodes, int Relationships);

/// <summary>
/// One ranked node. <paramref name="Score"/> is the mean of its PageRank and its betweenness, each divided by the
/// highest of its kind, so 1 is the top of both. <paramref name="Evidence"/> is its strongest evidence: the
/// relationship to or from the highest-scored node it is linked to, facts before claims.
/// </summary>
public sealed record InfluenceItem(string Id, string Name, string Kind, double Score, double PageRank, double Betweenness, EdgeElement? Evidence);
