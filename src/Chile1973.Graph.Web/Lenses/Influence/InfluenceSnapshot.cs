namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>The influence scores of one graph version: per node of the network, PageRank, betweenness, the combined score, and the strongest evidence.</summary>
internal sealed class InfluenceSnapshot
{
    public InfluenceSnapshot(IReadOnlyList<string> categories, InfluenceNetwork network, double[] pageRank, double[] betweenness)
    {
        Categories = categories;
        Network = network;
        PageRank = pageRank;
        Betweenness = betweenness;
        var n = network.Ids.Length;
        var maxRank = pageRank.DefaultIfEmpty().Max();
        var maxBetweenness = betweenness.DefaultIfEmpty().Max();
        Score = new double[n];
        var rounded = new double[n];
        for (var v = 0; v < n; v++)
        {
            var rank = maxRank > 0 ? pageRank[v] / maxRank : 0;
            Score[v] = maxBetweenness > 0 ? (rank + (betweenness[v] / maxBetweenness)) / 2 : rank;
            rounded[v] = Round(Score[v]);
        }

        // Positions follow the ids' ordinal order, so ties broken by position are broken by id.
        Ranked = [.. Enumerable.Range(0, n)];
        Array.Sort(Ranked, (a, b) => rounded[a] != rounded[b] ? rounded[b].CompareTo(rounded[a]) : a.CompareTo(b));
    }

    /// <summary>The relationship categories the scores were computed over.</summary>
    public IReadOnlyList<string> Categories { get; }

    public InfluenceNetwork Network { get; }

    /// <summary>How long each part of computing these scores took.</summary>
    public InfluenceTimings Timings { get; set; } = InfluenceTimings.None;

    public double[] PageRank { get; }

    public double[] Betweenness { get; }

    public double[] Score { get; }

    /// <summary>Node positions, highest score first (ties by id).</summary>
    public int[] Ranked { get; }

    /// <summary>Scores as sent: six decimals, so floating-point noise cannot reorder nodes between engines.</summary>
    public static double Round(double value) => Math.Round(value, 6);

    /// <summary>
    /// The position in <see cref="InfluenceNetwork.Edges"/> of node <paramref name="v"/>'s strongest evidence, or -1:
    /// facts before claims, then the relationship to or from the highest-scored node, then the smallest id. Found
    /// when asked, for the few nodes a ranking lists.
    /// </summary>
    public int StrongestEvidence(int v)
    {
        var network = Network;
        var best = -1;
        for (var i = network.OutStart[v]; i < network.OutStart[v + 1]; i++)
        {
            best = Better(network.OutEdges[i], best, v);
        }

        for (var i = network.InStart[v]; i < network.InStart[v + 1]; i++)
        {
            best = Better(network.InEdges[i], best, v);
        }

        return best;
    }

    private int Better(int candidate, int best, int v)
    {
        if (best < 0)
        {
            return candidate;
        }

        var (c, b) = (Network.Edges[candidate], Network.Edges[best]);
        if (c.Claimed != b.Claimed)
        {
            return c.Claimed ? best : candidate;
        }

        var byScore = Score[Other(candidate, v)].CompareTo(Score[Other(best, v)]);
        return (byScore != 0 ? byScore > 0 : string.CompareOrdinal(c.Id, b.Id) < 0) ? candidate : best;
    }

    private int Other(int edge, int v) => Network.Sources[edge] == v ? Network.Targets[edge] : Network.Sources[edge];
}

/// <summary>The time spent reading the relationships, building the network, in PageRank, in betweenness, and ranking.</summary>
internal sealed record InfluenceTimings(TimeSpan Read, TimeSpan Network, TimeSpan PageRank, TimeSpan Betweenness, TimeSpan Ranking)
{
    public static InfluenceTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
