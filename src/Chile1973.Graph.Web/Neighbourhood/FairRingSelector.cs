namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Picks a ring's nodes when not all fit: frontier nodes take turns, each taking its most relevant
/// neighbour left (highest degree, then name), so one hub cannot crowd out the rest of the frontier.
/// </summary>
/// <remarks>
/// A list and a cursor per frontier node rather than LINQ groups of queues: a second ring weighs thousands of
/// candidates on every walk the cache has not seen, and the groups and queues grew their arrays by doubling.
/// </remarks>
internal static class FairRingSelector
{
    public static List<RingCandidate> Select(IReadOnlyList<string> frontier, IReadOnlyList<RingCandidate> candidates, int maxNodes)
    {
        var byVia = new Dictionary<string, List<RingCandidate>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!byVia.TryGetValue(candidate.Via, out var list))
            {
                byVia[candidate.Via] = list = [];
            }

            list.Add(candidate);
        }

        // A frontier node's candidates are distinct nodes, so the order is total and an unstable sort is enough.
        foreach (var list in byVia.Values)
        {
            list.Sort(Rank);
        }

        var turns = new List<List<RingCandidate>>(byVia.Count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var via in frontier)
        {
            if (byVia.TryGetValue(via, out var list) && taken.Add(via))
            {
                turns.Add(list);
            }
        }

        var next = new int[turns.Count];
        var chosen = new List<RingCandidate>(Math.Min(maxNodes, candidates.Count));
        var chosenIds = new HashSet<string>(chosen.Capacity, StringComparer.Ordinal);
        var left = turns.Count;
        while (chosen.Count < maxNodes && left > 0)
        {
            left = 0;
            for (var i = 0; i < turns.Count && chosen.Count < maxNodes; i++)
            {
                var list = turns[i];
                while (next[i] < list.Count)
                {
                    var node = list[next[i]++];
                    if (chosenIds.Add(node.Id))
                    {
                        chosen.Add(node);
                        break;
                    }
                }

                left += next[i] < list.Count ? 1 : 0;
            }
        }

        return chosen;
    }

    private static int Rank(RingCandidate x, RingCandidate y)
    {
        var byDegree = y.Degree.CompareTo(x.Degree);
        if (byDegree != 0)
        {
            return byDegree;
        }

        var byLabel = string.CompareOrdinal(x.Label, y.Label);
        return byLabel != 0 ? byLabel : string.CompareOrdinal(x.Id, y.Id);
    }
}
