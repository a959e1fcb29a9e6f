using System.Reflection;
using System.Text.Json;
using Chile1973.Graph.Testing;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Tests.Fixtures;
using CsCheck;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Hubs;

/// <summary>
/// Property-based fuzzing of the hub's argument handling (CsCheck) over a real connection: every public method of
/// <see cref="GraphHub"/> (and one that does not exist) called with odd text (empty, blank, control characters,
/// Cypher and Lucene syntax, lone surrogates, very long), extreme numbers, nulls, wrong types, request objects with
/// odd or missing fields, wrong argument counts and the wrong kind of call (a stream invoked, an invocation
/// streamed). Each call ends with an answer or a hub error that says what was wrong: never SignalR's bare "An
/// unexpected error occurred invoking ..." or "... while streaming results.", nor the hub's own catch-all "Something
/// went wrong on the server" or "The graph could not answer this request.", each of which hides an exception nobody
/// meant. An answer never holds more than its limits allow, a call of the wrong shape is refused, and the
/// connection stays open. <c>FUZZ_SECONDS=N</c>
/// runs it for N seconds from random seeds.
/// </summary>
public sealed class HubArgumentPropertyTests : IAsyncLifetime
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    // Stands for a field left out of a request object.
    private static readonly object Omitted = new Sentinel("omitted");

    // Stand for the code and presenter key of the last presentation this connection started (resolved at call time).
    private static readonly object LastCode = new Sentinel("last code");
    private static readonly object LastKey = new Sentinel("last key");

    private static readonly string[] NodeIds = ["coup_1973", "salvador_allende", "cia", "cia_intervention", "socialist_renovation", "eurocommunism"];

    private static readonly string[] Categories =
        ["causal", "sequence", "influence", "support", "membership", "command", "alliance", "opposition", "repression", "participation", "record", "place"];

    private static readonly Gen<string?> Text = Gen.Frequency(
        (3, Gen.OneOf<string?>(null, "", " ", "\t\n", "coup_1973", "salvador_allende", "allende", "ALLENDE*", "a", "\"", "'", "\\",
            "') RETURN 1 //", "n.id = $id OR true", "*:*", "name:(a OR b)~2", "\u0000", "\ud800", "é", "\u200b", "%00", "../../etc/passwd")),
        (4, Gen.OneOf<string?>(NodeIds)),
        (2, Gen.String[Gen.Char, 0, 40].Select(s => (string?)s)),
        (1, Gen.Int[1, 12_000].Select(n => (string?)new string('x', n))));

    private static readonly Gen<object?> Number = Gen.Frequency(
        (3, Gen.Int[1, 10].Select(n => (object?)n)),
        (3, Gen.OneOf<object?>(int.MinValue, -1, 0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 50, 51, 200, 201, 500, 501, 2000, 2001, int.MaxValue)),
        (1, Gen.OneOf<object?>(null, "3", 2.5, true, long.MaxValue, new[] { 1, 2 })));

    private static readonly Gen<object?> Flag = Gen.OneOf<object?>(true, false, true, false, null, "true", 1);

    private static readonly Gen<object?> CategoryList = Gen.Frequency(
        (3, Gen.Const((object?)null)),
        (3, Gen.OneOf<string>(Categories).Array[1, 4].Select(a => (object?)a)),
        (1, Gen.OneOf<object?>(Array.Empty<string>(), new string?[] { null }, new[] { "nonsense" }, new[] { "causal", "causal" }, "causal", 3)),
        (1, Text.Array[0, 5].Select(a => (object?)a)));

    private static readonly Gen<object?> PathRequest = Request(
        ("mode", Gen.OneOf<object?>("shortest", "allShortest", "kShortest", "shortest", "allShortest", "kShortest", "SHORTEST", "", null, 3)),
        ("k", Number),
        ("maxLength", Number),
        ("categories", CategoryList),
        ("factsOnly", Flag));

    private static readonly Gen<object?> ChainRequest = Request(
        ("direction", Gen.OneOf<object?>("forward", "backward", "forward", "backward", "sideways", "", null, 1)),
        ("maxSteps", Number),
        ("factsOnly", Flag));

    private static readonly Gen<object?> InfluenceRequest = Request(("top", Number), ("categories", CategoryList));

    private static readonly Gen<object?> InfluenceDirection = Gen.Frequency(
        (4, Gen.OneOf<object?>("shapedBy", "shaped", "SHAPED", "", null, 1)),
        (1, Text.Select(t => (object?)t)));

    private static readonly string[] Queries =
    [
        "MATCH (n) RETURN n LIMIT 5", "RETURN 1", "RETURN $p", "RETURN $p AS p, $q AS q", "MATCH (n:Person) RETURN n.name ORDER BY n.name LIMIT 20",
        "MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 30", "MATCH p = (a {id: 'coup_1973'})-[*1..2]-(b) RETURN p LIMIT 10",
        "UNWIND range(1, 5000) AS x RETURN x", "CREATE (n) RETURN n", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1",
        "CALL db.labels()", "RETURN [x IN range(1, 100) | x * $p]", "MATCH (n) WHERE n.id = $p RETURN n", "RETURN", "",
    ];

    private static readonly Gen<object?> Query = Gen.Frequency(
        (3, Gen.OneOf<string>(Queries).Select(q => (object?)q)),
        (1, Text.Select(t => (object?)t)),
        (1, Number));

    private static readonly Gen<object?> ParameterValue = Gen.Frequency(
        (3, Number),
        (3, Text.Select(t => (object?)t)),
        (1, Flag),
        (1, Gen.OneOf<object?>(new object?[] { 1, "a", null }, new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { 1.5 } }, 1e308, -0.0)));

    private static readonly Gen<object?> Parameters = Gen.Frequency(
        (2, Gen.Const((object?)null)),
        (4,
            from names in Gen.OneOf<string>("p", "q", "", "$p", "p q", "\u0000", "id").Array[0, 3]
            from values in ParameterValue.Array[names.Length]
            select (object?)names.Zip(values).DistinctBy(p => p.First).ToDictionary(p => p.First, p => p.Second)),
        (1, Gen.OneOf<object?>("p", 1, new[] { 1, 2 })));

    private static readonly Gen<object?> QuoteIds = Gen.Frequency(
        (1, Gen.Const((object?)null)),
        (4, Gen.OneOf<string>(NodeIds).Array[0, 6].Select(a => (object?)a)),
        (1, Text.Array[0, 5].Select(a => (object?)a)),
        (1, Gen.Const<object?>(Enumerable.Repeat("a", 5001).ToArray())),
        (1, Gen.OneOf<object?>("coup_1973", 3, new[] { 1, 2 })));

    private static readonly Gen<object?> StoryId = Gen.Frequency(
        (3, Gen.OneOf<object?>("road-to-11-september", "dictatorship-to-transition", "workers-own-organisation")),
        (1, Text.Select(t => (object?)t)));

    private static readonly Gen<object?> Code = Gen.Frequency((3, Gen.Const(LastCode)), (1, Text.Select(t => (object?)t)));

    private static readonly Gen<object?> Key = Gen.Frequency((3, Gen.Const(LastKey)), (1, Text.Select(t => (object?)t)));

    private static readonly Gen<object?> AnyText = Text.Select(t => (object?)t);

    /// <summary>Every public method of the hub (and one it lacks), whether it streams, and what its arguments are drawn from.</summary>
    private static readonly (string Method, bool Stream, Gen<object?>[] Arguments)[] Methods =
    [
        ("Search", false, [AnyText, Number]),
        ("StreamNeighbourhood", true, [AnyText, Number, Number]),
        ("GetNode", false, [AnyText]),
        ("GetCategories", false, []),
        ("StreamPaths", true, [AnyText, AnyText, PathRequest]),
        ("StreamChain", true, [AnyText, ChainRequest]),
        ("GetInfluence", false, [InfluenceRequest]),
        ("StreamInfluence", true, [AnyText, InfluenceDirection, Number]),
        ("StreamCypher", true, [Query, Parameters]),
        ("GetSchema", false, []),
        ("ListStories", false, []),
        ("StartPresentation", false, [StoryId]),
        ("JoinPresentation", false, [Code]),
        ("PresentStep", false, [Code, Key, Number]),
        ("GetArticle", false, []),
        ("GetQuotes", false, [QuoteIds]),
        ("GetPassageFacts", false, [Number]),
        ("GetTimeline", false, []),
        ("NoSuchMethod", false, [AnyText]),
    ];

    private static readonly Gen<HubCall> Call =
        from method in Gen.Int[0, Methods.Length - 1].Select(i => Methods[i])
        from arguments in Sequence(method.Arguments)
        from shape in Gen.Frequency((16, Gen.Const(Shape.AsIs)), (1, Gen.Const(Shape.OneLess)), (1, Gen.Const(Shape.OneMore)), (1, Gen.Const(Shape.OtherKind)))
        from extra in Number
        let sent = shape switch
        {
            Shape.OneLess when arguments.Length > 0 => arguments[..^1],
            Shape.OneMore => [.. arguments, extra],
            _ => arguments,
        }
        let stream = method.Stream != (shape == Shape.OtherKind)
        select new HubCall(method.Method, sent, stream, method.Method != "NoSuchMethod" && sent.Length == arguments.Length && stream == method.Stream);

    private readonly ExplorerAppFactory factory = new(settings: new Dictionary<string, string?>
    {
        // The fuzzer calls as fast as it can (on every core in a long run), and tries wrong presentation codes on
        // purpose; the limits have their own tests.
        ["HubLimits:CallsPerSecond"] = "1000000",
        ["HubLimits:CallBurst"] = "1000000",
        ["HubLimits:MaxConcurrentStreams"] = "1000",
        ["Presentations:FailedAttemptsPerMinute"] = "1000000",
    });

    private HubConnection connection = null!;
    private JsonElement? ticket;

    private enum Shape
    {
        AsIs,
        OneLess,
        OneMore,
        OtherKind,
    }

    public async ValueTask InitializeAsync() => connection = await factory.ConnectAsync(Token, c =>
    {
        // Presenting a step shows it to this connection too, which follows its own presentations.
        c.On<JsonElement>("ShowStep", _ => { });
        c.On<JsonElement>("Welcome", _ => { });
        c.On<JsonElement>("GraphStatus", _ => { });
    });

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Every_hub_call_with_odd_arguments_ends_with_an_answer_or_a_clear_error_and_the_connection_stays_open()
    {
        var tried = await FuzzRun.CheckAsync("hub-arguments", Call, CheckCallAsync, fixedInputs: 600, fixedSeed: 1973, print: Describe);

        Assert.True(tried >= FuzzRun.Expected(600), $"only {tried} inputs");
    }

    [Fact]
    public void Every_public_hub_method_is_fuzzed()
    {
        // A method added to the hub fails here until the property calls it.
        var hub = typeof(GraphHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync)))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(hub, Methods.Select(m => m.Method).Where(m => m != "NoSuchMethod").Order(StringComparer.Ordinal));
    }

    private async Task CheckCallAsync(HubCall call)
    {
        var arguments = call.Arguments.Select(Resolve).ToArray();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var items = new List<JsonElement>();
            if (call.Stream)
            {
                await foreach (var item in connection.StreamAsyncCore<JsonElement>(call.Method, arguments, deadline.Token).WithCancellation(deadline.Token))
                {
                    items.Add(item);
                }
            }
            else
            {
                items.Add(await connection.InvokeCoreAsync<JsonElement>(call.Method, arguments, deadline.Token));
            }

            Assert.True(call.IsWellFormed, $"{call.Method} answered a call of the wrong shape");
            CheckLimits(call.Method, call.Arguments, items);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !Token.IsCancellationRequested)
        {
            Assert.Fail($"{call.Method} did not end within 30 s");
        }
        catch (HubException e)
        {
            // SignalR adds the reason only for a HubException: an unhandled exception reaches the client as a bare
            // sentence ("... on the server.", "... while streaming results."), or as the hub filter's catch-all.
            // Arguments a method cannot take are refused before any of the hub's code runs, naming its parameters
            // (Hubs/HubBindingErrors).
            Assert.False(e.Message.EndsWith("on the server.", StringComparison.Ordinal), e.Message);
            Assert.False(e.Message.EndsWith("while streaming results.", StringComparison.Ordinal), e.Message);
            Assert.False(e.Message.Contains(HubErrorFilter.ReaderMessage(new InvalidOperationException()), StringComparison.Ordinal), e.Message);
            Assert.False(e.Message.Contains("The graph could not answer this request.", StringComparison.Ordinal), e.Message);
        }

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    /// <summary>What an answer may hold, given the arguments that produced it (which were then of the right types).</summary>
    private void CheckLimits(string method, object?[] arguments, List<JsonElement> items)
    {
        switch (method)
        {
            case "Search":
                // A limit of 0 or less finds nothing; one above Graph:MaxSearchResults (50) is clamped to it.
                Assert.True(items[0].GetArrayLength() <= Math.Clamp((int)arguments[1]!, 0, 50), $"{items[0].GetArrayLength()} hits for a limit of {arguments[1]}");
                break;
            case "StreamNeighbourhood":
                var elements = items.Sum(ring => ring.GetProperty("nodes").GetArrayLength() + ring.GetProperty("edges").GetArrayLength());
                Assert.True(elements <= (int)arguments[2]!, $"{elements} elements sent for a limit of {arguments[2]}");
                break;
            case "StreamPaths":
                var mode = Field(arguments[2], "mode", "shortest");
                var maxLength = Field(arguments[2], "maxLength", 8);
                var most = mode switch { "kShortest" => Field(arguments[2], "k", 1), "allShortest" => 50, _ => 1 };
                Assert.True(items.Count <= most, $"{items.Count} paths sent in mode {mode} (at most {most})");
                Assert.All(items, path => Assert.InRange(path.GetProperty("edges").GetArrayLength(), 0, maxLength));
                break;
            case "StreamChain":
                var maxSteps = Field(arguments[1], "maxSteps", 40);
                Assert.True(items.Count <= maxSteps, $"{items.Count} steps sent for maxSteps {maxSteps}");
                break;
            case "StreamInfluence":
                Assert.All(items, step => Assert.InRange(step.GetProperty("depth").GetInt32(), 1, (int)arguments[2]!));
                break;
            case "GetInfluence":
                var top = Field(arguments[0], "top", 20);
                Assert.True(items[0].GetProperty("items").GetArrayLength() <= top, $"more than top {top} ranked");
                break;
            case "StreamCypher":
                var summary = Assert.Single(items, chunk => chunk.TryGetProperty("summary", out _)).GetProperty("summary");
                Assert.True(items[^1].TryGetProperty("summary", out _), "the summary is not the last chunk");
                var rows = items.Sum(chunk => chunk.TryGetProperty("rows", out var r) ? r.GetArrayLength() : 0);
                Assert.True(rows <= summary.GetProperty("rowLimit").GetInt32() && rows == summary.GetProperty("rows").GetInt64(), $"{rows} rows sent; summary {summary}");
                break;
            case "GetQuotes":
                Assert.True(items[0].GetArrayLength() <= ((string?[])arguments[0]!).Length, "more quoted elements than ids asked for");
                break;
            case "StartPresentation":
                ticket = items[0];
                break;
        }
    }

    private object? Resolve(object? argument) =>
        argument == LastCode ? (ticket?.GetProperty("code").GetString() ?? "NO-PRESENTATION")
        : argument == LastKey ? (ticket?.GetProperty("presenterKey").GetString() ?? "no-key")
        : argument;

    // A request object's field as sent (the record's default when left out); only read after a successful call.
    private static T Field<T>(object? request, string name, T fallback) =>
        request is IReadOnlyDictionary<string, object?> fields && fields.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    private static Gen<object?> Request(params (string Name, Gen<object?> Value)[] fields) => Gen.Frequency(
        (1, Gen.Const((object?)null)),
        (8, Sequence(fields.Select(f => Gen.Frequency((6, f.Value), (1, Gen.Const(Omitted))))).Select(values =>
            (object?)fields.Zip(values).Where(p => p.Second != Omitted).ToDictionary(p => p.First.Name, p => p.Second))),
        (1, Text.Select(t => (object?)t)),
        (1, Number));

    // One value of each generator, in order.
    private static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (values, gen) => from done in values from value in gen select (T[])[.. done, value]);

    private static string Describe(HubCall call) =>
        $"{(call.Stream ? "stream " : "")}{call.Method}({string.Join(", ", call.Arguments.Select(Show))})";

    private static string Show(object? argument) => argument switch
    {
        Sentinel s => $"<{s.Name}>",
        string { Length: > 60 } s => $"<{s.Length} chars>",
        string[] { Length: > 20 } a => $"<{a.Length} strings>",
        _ => JsonSerializer.Serialize(argument),
    };

    private sealed record HubCall(string Method, object?[] Arguments, bool Stream, bool IsWellFormed);

    private sealed record Sentinel(string Name);
}
