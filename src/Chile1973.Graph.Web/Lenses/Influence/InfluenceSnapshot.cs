namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>The influence scores of one graph version: per node of the network, PageRank, betweenness, the combined score, and the strongest evidence.</summary>
internal sealed class InfluenceSnapshot
{
    public InfluenceSnapshot(InfluenceNetwork network, double[] pageRank, double[] betweenness)
    {
        Network = network;
        PageRank = pageRank;
        Betweenness = betweenness;
        var n = network.Ids.Length;
        var maxRank = pageRank.DefaultIfEmpty().Max();
        var maxBetweenness = betweenness.DefaultIfEmpty().Max();
        Score = new double[n];
        for (var v = 0; v < n; v++)
        {
            var rank = maxRank > 0 ? pageRank[v] / maxRank : 0;
            Score[v] = maxBetweenness > 0 ? (rank + (betweenness[v] / maxBetweenness)) / 2 : rank;
        }

        Ranked = [.. Enumerable.Range(0, n).OrderByDescending(v => Round(Score[v])).ThenBy(v => network.Ids[v], StringComparer.Ordinal)];
        Evidence = new int[n];
        for (var v = 0; v < n; v++)
        {
            Evidence[v] = StrongestEvidence(v);
        }
    }

    public InfluenceNetwork Network { get; }

    /// <summary>How long each part of computing these scores took.</summary>
    public InfluenceTimings Timings { get; set; } = InfluenceTimings.None;

    public double[] PageRank { get; }

    public double[] Betweenness { get; }

    public double[] Score { get; }

    /// <summary>Node positions, highest score first (ties by id).</summary>
    public int[] Ranked { get; }

    /// <summary>Per node, the position of its strongest evidence in <see cref="InfluenceNetwork.Edges"/>, or -1.</summary>
    public int[] Evidence { get; }

    /// <summary>Scores as sent: six decimals, so floating-point noise cannot reorder nodes between engines.</summary>
    public static double Round(double value) => Math.Round(value, 6);

    private int StrongestEvidence(int v)
    {
        var network = Network;
        var best = -1;
        foreach (var e in Enumerable.Range(network.OutStart[v], network.OutStart[v + 1] - network.OutStart[v]).Select(i => network.OutEdges[i])
            .Concat(Enumerable.Range(network.InStart[v], network.InStart[v + 1] - network.InStart[v]).Select(i => network.InEdges[i])))
        {
            if (best < 0 || Stronger(e, best, v))
            {
                best = e;
            }
        }

        return best;
    }

    private bool Stronger(int candidate, int best, int v)
    {
        var (c, b) = (Network.Edges[candidate], Network.Edges[best]);
        if (c.Claimed != b.Claimed)
        {
            return !c.Claimed;
        }

        var byScore = Score[Other(candidate, v)].CompareTo(Score[Other(best, v)]);
        return byScore != 0 ? byScore > 0 : string.CompareOrdinal(c.Id, b.Id) < 0;
    }

    private int Other(int edge, int v) => Network.Sources[edge] == v ? Network.Targets[edge] : Network.Sources[edge];
}

/// <summary>The time spent reading the relationships, building the network, in PageRank, in betweenness, and ranking with the evidence.</summary>
internal sealed record InfluenceTimings(TimeSpan Read, TimeSpan Network, TimeSpan PageRank, TimeSpan Betweenness, TimeSpan Ranking)
{
    public static InfluenceTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
