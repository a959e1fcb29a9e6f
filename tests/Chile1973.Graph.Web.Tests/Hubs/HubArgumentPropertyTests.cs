using System.Text.Json;
using Chile1973.Graph.Testing;
using Chile1973.Graph.Web.Tests.Fixtures;
using CsCheck;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// Property-based fuzzing of the hub's argument handling (CsCheck) over a real connection: every
/// method called with odd text (empty, blank, control characters, Cypher and Lucene syntax, lone
/// surrogates, very long), extreme numbers, nulls, wrong types and wrong argument counts. Each call
/// ends with an answer or a hub error that says what was wrong (never SignalR's bare "An unexpected
/// error occurred invoking ... on the server.", which hides an unhandled exception), a stream never sends more than its limit, and the
/// connection stays open. <c>FUZZ_SECONDS=N</c> runs it for N seconds from random seeds.
/// </summary>
public sealed class HubArgumentPropertyTests : IAsyncLifetime
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    private static readonly Gen<string?> Text = Gen.Frequency(
        (3, Gen.OneOf<string?>(null, "", " ", "\t\n", "coup_1973", "salvador_allende", "allende", "ALLENDE*", "a", "\"", "'", "\\",
            "') RETURN 1 //", "n.id = $id OR true", "*:*", "name:(a OR b)~2", "\u0000", "\ud800", "é", "\u200b", "%00", "../../etc/passwd")),
        (2, Gen.String[Gen.Char, 0, 40].Select(s => (string?)s)),
        (1, Gen.Int[1, 12_000].Select(n => (string?)new string('x', n))));

    private static readonly Gen<object?> Number = Gen.Frequency(
        (3, Gen.OneOf<object?>(int.MinValue, -1, 0, 1, 2, 4, 5, 50, 51, 200, 2000, 2001, int.MaxValue)),
        (1, Gen.OneOf<object?>(null, "3", 2.5, true, long.MaxValue, new[] { 1, 2 })));

    private static readonly Gen<(string Method, object?[] Arguments)> Call = Gen.OneOf(
        from text in Text from limit in Number select ("Search", new object?[] { text, limit }),
        from id in Text from depth in Number from limit in Number select ("StreamNeighbourhood", new object?[] { id, depth, limit }),
        from id in Text select ("GetNode", new object?[] { id }),
        from id in Text from extra in Number select ("GetNode", new object?[] { id, extra }),
        from text in Text select ("Search", new object?[] { text }),
        from text in Text select ("NoSuchMethod", new object?[] { text }));

    private readonly ExplorerAppFactory factory = new(settings: new Dictionary<string, string?>
    {
        // The fuzzer calls as fast as it can; the limits have their own tests.
        ["HubLimits:CallsPerSecond"] = "1000000",
        ["HubLimits:CallBurst"] = "1000000",
    });

    private HubConnection connection = null!;

    public async ValueTask InitializeAsync() => connection = await factory.ConnectAsync(Token);

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Every_hub_call_with_odd_arguments_ends_with_an_answer_or_a_clear_error_and_the_connection_stays_open()
    {
        var tried = await FuzzRun.CheckAsync("hub-arguments", Call, CheckCallAsync, fixedInputs: 400, fixedSeed: 1973, print: Describe);

        Assert.True(tried >= 400, $"only {tried} inputs");
    }

    private async Task CheckCallAsync((string Method, object?[] Arguments) call)
    {
        try
        {
            if (call.Method == "StreamNeighbourhood")
            {
                var elements = 0;
                await foreach (var ring in connection.StreamAsyncCore<JsonElement>(call.Method, call.Arguments, Token).WithCancellation(Token))
                {
                    elements += ring.GetProperty("nodes").GetArrayLength() + ring.GetProperty("edges").GetArrayLength();
                }

                Assert.True(elements <= (int)call.Arguments[2]!, $"{elements} elements sent for a limit of {call.Arguments[2]}");
            }
            else
            {
                await connection.InvokeCoreAsync<JsonElement>(call.Method, call.Arguments, Token).WaitAsync(TimeSpan.FromSeconds(30), Token);
            }
        }
        catch (HubException e)
        {
            // SignalR names the fault only for a HubException; an unhandled exception reaches the client as the
            // bare sentence. Arguments SignalR cannot bind are refused before any of the hub's code runs, with the
            // reason the hub's protocol gives them ("Failed to invoke ... HubException: Error binding arguments...").
            var bare = e.Message.EndsWith("on the server.", StringComparison.Ordinal)
                || e.Message.EndsWith("while streaming results.", StringComparison.Ordinal);
            Assert.False(bare, e.Message);
        }

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    private static string Describe((string Method, object?[] Arguments) call) =>
        $"{call.Method}({string.Join(", ", call.Arguments.Select(a => a is string s && s.Length > 60 ? $"<{s.Length} chars>" : JsonSerializer.Serialize(a)))})";
}
