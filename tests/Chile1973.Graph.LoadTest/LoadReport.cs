using System.Globalization;

namespace Chile1973.Graph.LoadTest;

/// <summary>
/// What a load run measured. Latency is from the call to the last batch of the stream, for the
/// expansions that completed; <see cref="Lost"/> counts the streams that never completed.
/// </summary>
public sealed record LoadReport(int Clients, int Idle, long Expansions, long Errors, long Lost, long Searches, IReadOnlyList<double> LatenciesMs, IReadOnlyList<string> ErrorSamples)
{
    /// <summary>What the flooding connections got, when the run had any.</summary>
    public FloodReport? Flood { get; init; }

    /// <summary>The latency below which <paramref name="percent"/> % of completed expansions fell (nearest rank), in ms.</summary>
    public double Percentile(double percent)
    {
        if (LatenciesMs.Count == 0)
        {
            return 0;
        }

        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>True when every expansion completed without an error.</summary>
    public bool Clean => Errors == 0 && Lost == 0;

    /// <summary>The one line a run ends with: <c>clients=N expansions=E errors=X lost=L p50=a p95=b p99=c ms</c>.</summary>
    public string ClosingLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"clients={Clients} expansions={Expansions} errors={Errors} lost={Lost} p50={Percentile(50):F1} p95={Percentile(95):F1} p99={Percentile(99):F1} ms");
}

/// <summary>
/// What the flooding connections of a run got:
/// <c>flood: connections=F calls=C completed=A refused=R drops=D turned_away=T</c>.
/// </summary>
public sealed record FloodReport(int Connections, long Calls, long Completed, long Refused, long Drops, long TurnedAway)
{
    /// <summary>The line a run with flooders prints before its closing line.</summary>
    public string Line() => string.Create(
        CultureInfo.InvariantCulture,
        $"flood: connections={Connections} calls={Calls} completed={Completed} refused={Refused} drops={Drops} turned_away={TurnedAway}");
}
