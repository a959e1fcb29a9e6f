using System.Text.Json;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// Calls HubArgumentPropertyTests found answered by an unhandled exception (the hub's catch-all "Something went
/// wrong", or a bare "error ... while streaming results"), or by SignalR's bare "Failed to invoke" for arguments a
/// method cannot take. Each is now a hub error that says what was wrong, and the connection carries on.
/// </summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class HubArgumentErrorTests(ExplorerServer server) : ExplorerHubTests(server)
{
    [Fact]
    public async Task GetQuotes_without_a_list_says_a_list_is_needed_and_skips_null_ids_in_one()
    {
        var missing = await Assert.ThrowsAsync<HubException>(() => Connection.InvokeCoreAsync<JsonElement>("GetQuotes", [null], Token));
        var quotes = await Connection.InvokeCoreAsync<JsonElement>("GetQuotes", [new[] { null, "coup_1973" }], Token);

        Assert.EndsWith("A list of element ids is needed.", missing.Message, StringComparison.Ordinal);
        Assert.Equal("coup_1973", Assert.Single(quotes.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task StreamCypher_without_a_query_says_a_query_is_needed()
    {
        var error = await Assert.ThrowsAsync<HubException>(async () =>
        {
            await foreach (var _ in Connection.StreamAsyncCore<JsonElement>("StreamCypher", [null, null], Token))
            {
            }
        });

        Assert.EndsWith("A query is needed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPresentation_without_a_story_says_a_story_id_is_needed()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Connection.InvokeCoreAsync<JsonElement>("StartPresentation", [null], Token));

        Assert.EndsWith("A story id is needed.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StreamNeighbourhood", true, new object[] { "coup_1973", 1 },
        "StreamNeighbourhood(string nodeId, int depth, int limit) takes 3 argument(s); the call sent 2.")]
    [InlineData("GetTimeline", false, new object[] { 1 }, "GetTimeline() takes 0 argument(s); the call sent 1.")]
    [InlineData("GetPassageFacts", false, new object[] { "3" },
        "GetPassageFacts(int paragraph) cannot take the arguments sent: Cannot get the value of a token type 'String' as a number.")]
    [InlineData("StreamChain", true, new object[] { "coup_1973", "forward" },
        "StreamChain(string nodeId, ChainRequest request) cannot take the arguments sent: The JSON value could not be converted to ChainRequest.")]
    public async Task Arguments_a_method_cannot_take_are_refused_naming_its_parameters(string method, bool stream, object[] arguments, string expected)
    {
        var error = await Assert.ThrowsAsync<HubException>(async () =>
        {
            if (stream)
            {
                await foreach (var _ in Connection.StreamAsyncCore<JsonElement>(method, arguments, Token))
                {
                }
            }
            else
            {
                await Connection.InvokeCoreAsync<JsonElement>(method, arguments, Token);
            }
        });

        Assert.Equal($"Failed to invoke '{method}' due to an error on the server. HubException: {expected}", error.Message);
        Assert.Equal(HubConnectionState.Connected, Connection.State);
    }
}
