namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// Picks a ring's nodes when not all fit: frontier nodes take turns, each taking its most relevant
/// neighbour left (highest degree, then name), so one hub cannot crowd out the rest of the frontier.
/// </summary>
internal static class FairRingSelector
{
    public static List<RingCandidate> Select(IReadOnlyList<string> frontier, IEnumerable<RingCandidate> candidates, int maxNodes)
    {
        var queues = candidates
            .GroupBy(c => c.Via, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new Queue<RingCandidate>(g
                    .OrderByDescending(c => c.Degree)
                    .ThenBy(c => c.Label, StringComparer.Ordinal)
                    .ThenBy(c => c.Id, StringComparer.Ordinal)),
                StringComparer.Ordinal);
        var turns = frontier.Where(queues.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var chosen = new List<RingCandidate>();
        var chosenIds = new HashSet<string>(StringComparer.Ordinal);
        while (chosen.Count < maxNodes && turns.Count > 0)
        {
            for (var i = 0; i < turns.Count && chosen.Count < maxNodes; i++)
            {
                var queue = queues[turns[i]];
                while (queue.TryDequeue(out var node))
                {
                    if (chosenIds.Add(node.Id))
                    {
                        chosen.Add(node);
                        break;
                    }
                }
            }

            turns.RemoveAll(via => queues[via].Count == 0);
        }

        return chosen;
    }
}
