using System.Text.Json;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Limits;

/// <summary>
/// A client that sends what no SignalR client would, over a WebSocket opened by hand: each message
/// (malformed-messages.json beside this file) closes that connection with a close message naming the fault and a
/// warning in the server's log naming the connection, or is answered with a call error that names it, while a
/// well-behaved reader on the same server keeps getting its answers.
/// </summary>
public sealed class MalformedMessageTests(MalformedMessageTests.Server server) : IClassFixture<MalformedMessageTests.Server>
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly JsonElement Cases = LoadCases();
    private readonly GraphFacts facts = GraphFacts.Load();

    public static TheoryData<string> Closing => Names("closing");

    public static TheoryData<string> Answered => Names("answered");

    public static TheoryData<string> Handshakes => Names("handshakes");

    [Theory]
    [MemberData(nameof(Closing))]
    public async Task A_message_the_server_cannot_read_closes_that_connection_naming_the_fault_and_other_readers_keep_their_answers(string name)
    {
        var @case = Case("closing", name);
        await using var reader = await server.Factory.ConnectAsync(Token);
        await using var raw = await RawHubSocket.ConnectAsync(server.Factory.BaseAddress, Token);

        await raw.SendAsync(@case.GetProperty("frame").GetString()!, Token);
        var received = await raw.ReadUntilClosedAsync(Token).WaitAsync(Patience, Token);

        var close = Assert.Single(received);
        Assert.Equal(7, close.GetProperty("type").GetInt32());
        var error = @case.GetProperty("close").GetString()!;
        Assert.Equal(error, close.GetProperty("error").GetString());
        var reason = error["Connection closed with an error. HubException: ".Length..];
        await server.Logs.WaitForAsync(e => e.Level == LogLevel.Warning && e.Message == $"Closed connection {raw.ConnectionId}: {reason}", Token);
        Assert.Contains(await reader.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token), h => h.Id == facts.Person.Id);
    }

    [Theory]
    [MemberData(nameof(Answered))]
    public async Task A_call_whose_arguments_do_not_fit_is_answered_with_an_error_naming_the_fault_and_the_connection_stays_usable(string name)
    {
        var @case = Case("answered", name);
        await using var reader = await server.Factory.ConnectAsync(Token);
        await using var raw = await RawHubSocket.ConnectAsync(server.Factory.BaseAddress, Token);

        await raw.SendAsync(@case.GetProperty("frame").GetString()!, Token);
        var answer = (await raw.ReceiveAnswerAsync(Token).WaitAsync(Patience, Token))!.Value;

        Assert.Equal((3, "bad"), (answer.GetProperty("type").GetInt32(), answer.GetProperty("invocationId").GetString()));
        Assert.Equal(@case.GetProperty("completion").GetString(), answer.GetProperty("error").GetString());
        Assert.False(answer.TryGetProperty("result", out _));
        await raw.SendAsync(SearchFrame("good"), Token);
        var good = (await raw.ReceiveAnswerAsync(Token).WaitAsync(Patience, Token))!.Value;
        Assert.Equal("good", good.GetProperty("invocationId").GetString());
        Assert.Contains(good.GetProperty("result").EnumerateArray(), h => h.GetProperty("id").GetString() == facts.Person.Id);
        Assert.Contains(await reader.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token), h => h.Id == facts.Person.Id);
    }

    [Theory]
    [MemberData(nameof(Handshakes))]
    public async Task A_handshake_the_server_cannot_accept_is_answered_with_its_error_and_closed_and_other_readers_keep_their_answers(string name)
    {
        var @case = Case("handshakes", name);
        await using var reader = await server.Factory.ConnectAsync(Token);
        await using var raw = await RawHubSocket.OpenAsync(server.Factory.BaseAddress, Token);

        await raw.SendAsync(@case.GetProperty("frame").GetString()!, Token);
        var answer = await raw.ReceiveAsync(Token).WaitAsync(Patience, Token);
        var after = await raw.ReceiveAsync(Token).WaitAsync(Patience, Token);

        var refusal = Assert.Single(JsonDocument.Parse(answer!).RootElement.EnumerateObject());
        Assert.Equal(("error", @case.GetProperty("error").GetString()), (refusal.Name, refusal.Value.GetString()));
        Assert.Null(after);
        Assert.Contains(await reader.InvokeAsync<List<SearchHit>>("Search", facts.Person.Search, 5, Token), h => h.Id == facts.Person.Id);
    }

    private string SearchFrame(string invocationId) =>
        JsonSerializer.Serialize(new { type = 1, invocationId, target = "Search", arguments = new object[] { facts.Person.Search, 5 } }) + RawHubSocket.RecordSeparator;

    private static JsonElement LoadCases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Limits", "malformed-messages.json")));
        return document.RootElement.Clone();
    }

    private static TheoryData<string> Names(string group) => [.. Cases.GetProperty(group).EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    private static JsonElement Case(string group, string name) => Cases.GetProperty(group).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    /// <summary>One server for the class, its log kept.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public RecordedLogs Logs { get; } = new();

        public ExplorerAppFactory Factory { get; private set; } = null!;

        public ValueTask InitializeAsync()
        {
            Factory = new ExplorerAppFactory(logs: Logs);
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }
}
