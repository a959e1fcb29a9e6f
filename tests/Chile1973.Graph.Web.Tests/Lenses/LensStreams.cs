using Chile1973.Graph.Web.Lenses.Chain;
using Chile1973.Graph.Web.Lenses.Influence;
using Chile1973.Graph.Web.Lenses.Paths;
using Microsoft.AspNetCore.SignalR.Client;

namespace Chile1973.Graph.Web.Tests.Lenses;

internal static class LensStreams
{
    public static Task<List<GraphPath>> ReadPathsAsync(this HubConnection connection, string from, string to, PathRequest request, CancellationToken cancellationToken) =>
        ReadAsync(connection.StreamAsync<GraphPath>("StreamPaths", from, to, request, cancellationToken), cancellationToken);

    public static Task<List<ChainStep>> ReadChainAsync(this HubConnection connection, string nodeId, ChainRequest request, CancellationToken cancellationToken) =>
        ReadAsync(connection.StreamAsync<ChainStep>("StreamChain", nodeId, request, cancellationToken), cancellationToken);

    public static Task<List<InfluenceTreeStep>> ReadInfluenceTreeAsync(this HubConnection connection, string nodeId, string direction, int depth, CancellationToken cancellationToken) =>
        ReadAsync(connection.StreamAsync<InfluenceTreeStep>("StreamInfluence", nodeId, direction, depth, cancellationToken), cancellationToken);

    private static async Task<List<T>> ReadAsync<T>(IAsyncEnumerable<T> stream, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }
}
