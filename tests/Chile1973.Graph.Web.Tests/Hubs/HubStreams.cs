using System.Text.Json;
using Chile1973.Graph.Web.Neighbourhood;
using Microsoft.AspNetCore.SignalR.Client;

namespace Chile1973.Graph.Web.Tests.Hubs;

internal static class HubStreams
{
    public static async Task<List<NeighbourhoodBatch>> ReadNeighbourhoodAsync(
        this HubConnection connection, string nodeId, int depth, int limit, CancellationToken cancellationToken)
    {
        var batches = new List<NeighbourhoodBatch>();
        await foreach (var batch in connection.StreamAsync<NeighbourhoodBatch>("StreamNeighbourhood", nodeId, depth, limit, cancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }

    /// <summary>What the page draws from a stream: every ring's elements, in order, without the server's timing.</summary>
    public static List<string> Shown(List<NeighbourhoodBatch> batches) =>
        [.. batches.Select(b => JsonSerializer.Serialize(b with { ServerMs = 0 }))];
}
