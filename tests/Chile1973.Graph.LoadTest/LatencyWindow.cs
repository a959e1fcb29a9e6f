namespace Chile1973.Graph.LoadTest;

/// <summary>
/// The latencies of the expansions that ended since the last progress line, from every client: a run's p99 says how
/// slow the slowest were, this says when in the run they were (a start that is still compiling, a collection, the
/// whole run).
/// </summary>
internal sealed class LatencyWindow
{
    private readonly Lock gate = new();
    private List<double> current = [];

    public void Add(double milliseconds)
    {
        lock (gate)
        {
            current.Add(milliseconds);
        }
    }

    /// <summary>The window's expansions and their p99 (nearest rank), and a new window begun.</summary>
    public (int Count, double P99) Take()
    {
        List<double> taken;
        lock (gate)
        {
            (taken, current) = (current, new List<double>(Math.Max(16, current.Count)));
        }

        if (taken.Count == 0)
        {
            return (0, 0);
        }

        taken.Sort();
        return (taken.Count, taken[Math.Clamp((int)Math.Ceiling(0.99 * taken.Count) - 1, 0, taken.Count - 1)]);
    }
}
