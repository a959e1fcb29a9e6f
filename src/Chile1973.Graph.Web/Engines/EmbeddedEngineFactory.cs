using System.Diagnostics;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Cypher;

namespace Chile1973.Graph.Web.Engines;

/// <summary>
/// The embedded engine: the graph files loaded (all or nothing, with every problem named by file
/// and line) into the in-process store, queried by the openCypher engine.
/// </summary>
internal static class EmbeddedEngineFactory
{
    public static ICypherEngine Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<GraphOptions>>();
        var started = Stopwatch.GetTimestamp();
        var graph = GraphDirectory.Load(options.GraphDirectory!, options.SeedsDirectory!);
        var engine = ExplorerEngine.Open(graph);
        Log.GraphLoaded(logger, options.GraphDirectory!, Stopwatch.GetElapsedTime(started).TotalMilliseconds, graph.Nodes.Count, graph.Relationships.Count);
        return engine;
    }
}
