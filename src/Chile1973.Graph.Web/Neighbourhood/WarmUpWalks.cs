using System.Diagnostics.CodeAnalysis;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// The nodes a warm-up walks, breadth-first from where it starts, so its walks meet hubs and the sparse nodes further
/// out alike: each node once, and at most <c>kept</c> waiting.
/// </summary>
internal sealed class WarmUpWalks(string start, int kept)
{
    private readonly Queue<string> waiting = new([start]);
    private readonly HashSet<string> met = new(StringComparer.Ordinal) { start };

    /// <summary>The next node to walk from, if any is waiting.</summary>
    public bool TryNext([NotNullWhen(true)] out string? node) => waiting.TryDequeue(out node);

    /// <summary>A node a walk reached: it waits its turn unless met before or too many wait.</summary>
    public void Meet(string id)
    {
        if (waiting.Count < kept && met.Add(id))
        {
            waiting.Enqueue(id);
        }
    }
}
