using System.Diagnostics;
using System.Runtime;

namespace Chile1973.Graph.Web.Neighbourhood;

/// <summary>
/// What the app's warm-ups ask (<see cref="NeighbourhoodWarmup"/> through the engine, <see cref="Hubs.HubWarmup"/>
/// through the hub) and when they stop: once the runtime has compiled nothing for <see cref="Quiet"/>.
/// </summary>
internal sealed class WarmUpPlan
{
    /// <summary>The walks' shapes: what the page and the readers ask for most (one and two rings, a ring of a hub's size).</summary>
    public static readonly IReadOnlyList<(int Depth, int Limit)> Shapes = [(1, 80), (2, 80), (1, 200), (2, 200)];

    /// <summary>The runtime is taken as done compiling when this long passes without a method compiled.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private long compiled = JitInfo.GetCompiledMethodCount();
    private long lastCompiled = Stopwatch.GetTimestamp();

    /// <summary>Whether nothing has been compiled for <see cref="Quiet"/>, as of this call.</summary>
    public bool IsQuiet()
    {
        var now = JitInfo.GetCompiledMethodCount();
        if (now != compiled)
        {
            (compiled, lastCompiled) = (now, Stopwatch.GetTimestamp());
            return false;
        }

        return Stopwatch.GetElapsedTime(lastCompiled) >= Quiet;
    }
}
