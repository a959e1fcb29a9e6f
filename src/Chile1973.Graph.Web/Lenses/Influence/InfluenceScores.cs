namespace Chile1973.Graph.Web.Lenses.Influence;

/// <summary>
/// PageRank and betweenness over an <see cref="InfluenceNetwork"/>. Our own short loops rather than a graph
/// library's: they run over the network's flat arrays, which at a million nodes is what keeps them within seconds
/// (QuikGraph's PageRank walks object graphs, and it has no betweenness).
/// </summary>
internal static class InfluenceScores
{
    /// <summary>Damping factor of Page et al. (1999), "The PageRank Citation Ranking".</summary>
    public const double Damping = 0.85;

    /// <summary>Up to this many nodes betweenness is exact; above, it is estimated from <see cref="Pivots"/> sources.</summary>
    public const int ExactBetweennessLimit = 20_000;

    /// <summary>Sources sampled for the estimate (Brandes and Pich, "Centrality estimation in large networks", 2007).</summary>
    public const int Pivots = 64;

    private const int MaxIterations = 100;
    private const double Tolerance = 1e-10;

    /// <summary>PageRank with uniform teleport; the rank of nodes without outgoing relationships is spread over all nodes.</summary>
    public static double[] PageRank(InfluenceNetwork network, CancellationToken cancellationToken)
    {
        var n = network.Ids.Length;
        if (n == 0)
        {
            return [];
        }

        // Flat arrays in locals: the loops below run a hundred times over every relationship.
        var outStart = network.OutStart;
        var inStart = network.InStart;
        var inSources = network.InSources;
        var rank = new double[n];
        var next = new double[n];
        var share = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                var outDegree = outStart[v + 1] - outStart[v];
                if (outDegree == 0)
                {
                    dangling += rank[v];
                }
                else
                {
                    share[v] = rank[v] / outDegree;
                }
            }

            var baseRank = ((1 - Damping) / n) + (Damping * dangling / n);
            for (var v = 0; v < n; v++)
            {
                var sum = 0.0;
                for (var i = inStart[v]; i < inStart[v + 1]; i++)
                {
                    sum += share[inSources[i]];
                }

                next[v] = baseRank + (Damping * sum);
            }

            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < Tolerance)
            {
                break;
            }
        }

        return rank;
    }

    /// <summary>
    /// Directed betweenness (Brandes, "A faster algorithm for betweenness centrality", 2001), normalised by
    /// (n - 1)(n - 2). Parallel relationships count once. Sources beyond <see cref="ExactBetweennessLimit"/> nodes
    /// are the <see cref="Pivots"/> nodes first in the order of a hash of their ids, so every engine picks the same.
    /// </summary>
    public static double[] Betweenness(InfluenceNetwork network, CancellationToken cancellationToken)
    {
        var n = network.Ids.Length;
        var total = new double[n];
        if (n < 3)
        {
            return total;
        }

        int[] sources = n <= ExactBetweennessLimit
            ? [.. Enumerable.Range(0, n)]
            : [.. Enumerable.Range(0, n).OrderBy(v => StableHash(network.Ids[v])).ThenBy(v => v).Take(Pivots)];
        // Each part sums into its own array and the parts are added in order, so the result is the same on every run.
        var parts = Partition(sources, Environment.ProcessorCount).ToArray();
        var partial = new double[parts.Length][];
        Parallel.For(0, parts.Length, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            var local = new double[n];
            var work = new BrandesWork(n);
            foreach (var s in parts[p])
            {
                cancellationToken.ThrowIfCancellationRequested();
                work.Accumulate(network, s, local);
            }

            partial[p] = local;
        });
        foreach (var local in partial)
        {
            for (var v = 0; v < n; v++)
            {
                total[v] += local[v];
            }
        }

        var scale = (double)n / sources.Length / ((n - 1.0) * (n - 2.0));
        for (var v = 0; v < n; v++)
        {
            total[v] *= scale;
        }

        return total;
    }

    private static IEnumerable<int[]> Partition(int[] sources, int parts)
    {
        parts = Math.Max(1, Math.Min(parts, sources.Length));
        for (var p = 0; p < parts; p++)
        {
            yield return [.. sources.Where((_, i) => i % parts == p)];
        }
    }

    // FNV-1a over the UTF-16 code units: fixed across processes, unlike string.GetHashCode.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private sealed class BrandesWork(int n)
    {
        private readonly int[] distance = new int[n];
        private readonly double[] paths = new double[n];
        private readonly double[] dependency = new double[n];
        private readonly int[] order = new int[n];
        private readonly int[] queue = new int[n];

        public void Accumulate(InfluenceNetwork network, int source, double[] into)
        {
            var (outStart, outTargets, inStart, inSources) = (network.OutStart, network.OutTargets, network.InStart, network.InSources);
            Array.Fill(distance, -1);
            Array.Clear(paths);
            Array.Clear(dependency);
            distance[source] = 0;
            paths[source] = 1;
            var head = 0;
            var tail = 0;
            var visited = 0;
            queue[tail++] = source;
            while (head < tail)
            {
                var v = queue[head++];
                order[visited++] = v;
                var previous = -1;
                for (var i = outStart[v]; i < outStart[v + 1]; i++)
                {
                    var w = outTargets[i];
                    if (w == previous)
                    {
                        continue;
                    }

                    previous = w;
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        paths[w] += paths[v];
                    }
                }
            }

            for (var k = visited - 1; k > 0; k--)
            {
                var w = order[k];
                var previous = -1;
                for (var i = inStart[w]; i < inStart[w + 1]; i++)
                {
                    var v = inSources[i];
                    if (v == previous)
                    {
                        continue;
                    }

                    previous = v;
                    if (distance[v] >= 0 && distance[v] == distance[w] - 1)
                    {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }

                into[w] += dependency[w];
            }
        }
    }
}
