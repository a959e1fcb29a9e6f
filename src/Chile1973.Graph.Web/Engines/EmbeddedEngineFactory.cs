using System.Diagnostics;
using Chile1973.Graph.Cypher;

namespace Chile1973.Graph.Web.Engines;

/// <summary>
/// The embedded engine: the graph files read, checked when they are the curated graph, and loaded (all or
/// nothing, with every problem named by file and line) into the in-process store.
/// </summary>
internal static class EmbeddedEngineFactory
{
    public static ICypherEngine Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<GraphOptions>>();
        var started = Stopwatch.GetTimestamp();
        var engine = ExplorerEngine.Open(options.GraphDirectory!, options.SeedsDirectory!, options.Curated);
        engine.BuildIndexes();
        Log.GraphLoaded(logger, options.GraphDirectory!, Stopwatch.GetElapsedTime(started).TotalMilliseconds, engine.Size.Nodes, engine.Size.Relationships);
        return engine;
    }
}
