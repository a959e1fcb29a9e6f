using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Web.Elements;
using Chile1973.Graph.Web.Options;
using Chile1973.Graph.Web.Queries;
using Microsoft.Extensions.Options;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>Reads the graph's size and picks the first view: the configured start node, else the most connected one.</summary>
public sealed class GraphInfoQuery(GraphQueryRunner runner, IOptions<GraphOptions> options)
{
    /// <summary>The graph's size and first node.</summary>
    public async Task<GraphInfo> GetAsync(CancellationToken cancellationToken)
    {
        var empty = new Dictionary<string, object?>();
        var counts = await runner.ReadAllAsync(ExplorerQueries.Counts, empty, cancellationToken);
        var nodes = counts is [var c, ..] ? RecordReader.Long(c, ExplorerColumns.Nodes) : 0;
        var relationships = counts is [var d, ..] ? RecordReader.Long(d, ExplorerColumns.Relationships) : 0;

        var configured = options.Value.StartNodeId;
        var start = await runner.ReadAllAsync(ExplorerQueries.NodeElement, new Dictionary<string, object?> { ["id"] = configured }, cancellationToken);
        string? startId = configured;
        if (start.Count == 0)
        {
            var hub = await runner.ReadAllAsync(ExplorerQueries.MostConnectedNode, empty, cancellationToken);
            startId = hub is [var h, ..] ? RecordReader.OptionalString(h, ExplorerColumns.Id) : null;
        }

        return new GraphInfo(runner.EngineName, nodes, relationships, startId);
    }
}
