using Chile1973.Graph.Web.CypherConsole;
using Microsoft.AspNetCore.SignalR.Client;

namespace Chile1973.Graph.Web.Tests.CypherConsole;

internal static class ConsoleStreams
{
    public static async Task<List<ConsoleChunk>> ReadCypherAsync(
        this HubConnection connection, string query, Dictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var chunks = new List<ConsoleChunk>();
        await foreach (var chunk in connection.StreamAsync<ConsoleChunk>("StreamCypher", query, parameters, cancellationToken))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    public static List<IReadOnlyList<string>> Rows(this IEnumerable<ConsoleChunk> chunks) =>
        [.. chunks.SelectMany(c => c.Rows ?? [])];

    public static async Task<string> CountAsync(this HubConnection connection, string pattern, CancellationToken cancellationToken)
    {
        var chunks = await connection.ReadCypherAsync($"MATCH {pattern} RETURN count(*) AS n", null, cancellationToken);
        return chunks.Rows().Single()[0];
    }
}
