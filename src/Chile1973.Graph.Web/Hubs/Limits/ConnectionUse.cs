using System.Diagnostics;

namespace Chile1973.Graph.Web.Hubs.Limits;

/// <summary>What one connection has open and how often it was refused lately; shared by its concurrent calls.</summary>
internal sealed class ConnectionUse
{
    private static readonly TimeSpan RefusalWindow = TimeSpan.FromSeconds(10);
    private readonly Lock refusalLock = new();
    private int openStreams;
    private int refusals;
    private long windowStart = Stopwatch.GetTimestamp();
    private int dropped;

    public int OpenStreams => Volatile.Read(ref openStreams);

    public bool TryOpenStream(int max)
    {
        while (true)
        {
            var open = Volatile.Read(ref openStreams);
            if (open >= max)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref openStreams, open + 1, open) == open)
            {
                return true;
            }
        }
    }

    public void CloseStream() => Interlocked.Decrement(ref openStreams);

    /// <summary>
    /// True the first time only: a connection being dropped still has calls in flight, each refused in turn, and each
    /// of them dropping it again wrote a warning per call.
    /// </summary>
    public bool TryDrop() => Interlocked.Exchange(ref dropped, 1) == 0;

    /// <summary>Counts a refusal; returns the refusals of the last ten seconds or so, this one included.</summary>
    public int Refused()
    {
        lock (refusalLock)
        {
            if (Stopwatch.GetElapsedTime(windowStart) > RefusalWindow)
            {
                windowStart = Stopwatch.GetTimestamp();
                refusals = 0;
            }

            return ++refusals;
        }
    }
}
