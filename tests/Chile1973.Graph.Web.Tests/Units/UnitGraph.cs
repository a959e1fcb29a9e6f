using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Web.Neighbourhood;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Queries;
using Microsoft.Extensions.Logging.Abstractions;
using OptionsOf = Microsoft.Extensions.Options.Options;

namespace Chile1973.Graph.Web.Tests.Units;

/// <summary>The unit tests' graphs: an embedded engine, empty or written by a Cypher file beside the tests, and a runner over it.</summary>
internal static class UnitGraph
{
    /// <summary>An embedded engine over an empty graph, with the explorer's procedures.</summary>
    public static EmbeddedCypherEngine Empty() => new(new GraphStore(), ExplorerEngine.Options);

    /// <summary>An embedded engine holding the graph <paramref name="file"/> (in this folder) writes.</summary>
    public static async Task<EmbeddedCypherEngine> LoadAsync(string file, CancellationToken cancellationToken)
    {
        var engine = Empty();
        await WriteAsync(engine, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Units", file), cancellationToken), cancellationToken);
        return engine;
    }

    /// <summary>Runs a write and waits for it to commit.</summary>
    public static async Task WriteAsync(ICypherEngine engine, string cypher, CancellationToken cancellationToken)
    {
        await using var cursor = await engine.RunAsync(new CypherQuery(cypher), QueryOptions.Write, cancellationToken);
        await cursor.ConsumeAsync(cancellationToken);
    }

    /// <summary>The explorer's template runner over <paramref name="engine"/>, with the default limits.</summary>
    public static GraphQueryRunner Runner(ICypherEngine engine) =>
        new(engine, OptionsOf.Create(new GraphOptions()), NullLogger<GraphQueryRunner>.Instance);

    /// <summary>The neighbourhood walk over <paramref name="engine"/>, with <paramref name="settings"/> or the default limits.</summary>
    public static NeighbourhoodQuery Walk(ICypherEngine engine, GraphOptions? settings = null)
    {
        var options = OptionsOf.Create(settings ?? new GraphOptions());
        return new NeighbourhoodQuery(new GraphQueryRunner(engine, options, NullLogger<GraphQueryRunner>.Instance), options, NullLogger<NeighbourhoodQuery>.Instance);
    }

    /// <summary>Every ring a walk streams, in order.</summary>
    public static async Task<List<NeighbourhoodBatch>> RingsAsync(
        INeighbourhoodQuery query, string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        var batches = new List<NeighbourhoodBatch>();
        await foreach (var batch in query.StreamAsync(nodeId, depth, limit, cancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }
}
