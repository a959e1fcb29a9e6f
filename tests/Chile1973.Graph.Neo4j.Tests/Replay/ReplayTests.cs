using System.Text.Json;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Neo4j.Tests.Support;
using Chile1973.Graph.Neo4j.Transactions;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Replay;

/// <summary>
/// Every recorded exchange in Replay/Recordings is a test case: the client is driven through the
/// recording's steps against a server that answers as the recording says, and must send exactly the
/// recorded requests, in order, and make of the answers what each step expects.
/// </summary>
public sealed class ReplayTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    public static TheoryData<string> RecordingNames => [.. Recording.Names()];

    [Theory]
    [MemberData(nameof(RecordingNames))]
    public async Task Client_plays_the_recorded_exchange_as_the_server_answered_it(string name)
    {
        var recording = Recording.Load(name);
        await using var server = await ReplayServer.StartAsync(recording);
        var options = Engines.FastOptions(server.Uri);
        options.MaxRetries = recording.MaxRetries;
        using var engine = Engines.Create(options);
        Neo4jTransaction? transaction = null;

        for (var i = 0; i < recording.Steps.Count; i++)
        {
            var step = recording.Steps[i];
            var outcome = await PlayAsync(engine, step, transaction);
            transaction = outcome.Transaction ?? transaction;
            Check(step, outcome, transaction, $"{name}, step {i + 1} ({step.GetProperty("do").GetString()})");
        }

        Assert.Empty(server.Mismatches);
        Assert.Equal(0, server.Unplayed);
    }

    [Fact]
    public void Every_correction_of_the_wire_reference_has_a_recording()
    {
        // Where servers answer otherwise than https://neo4j.com/docs/query-api/current/ says, by section, each named in a recording's source.
        string[] corrected = ["1.3 accessMode", "1.3 maxExecutionTime", "1.3 txType", "1.4 Content-Type", "1.5 zoned DATETIME",
            "1.5 flat values", "1.5 queryType", "1.6 Unsupported", "1.6 NaN", "1.7 category", "1.7 profile time", "1.8 bookmarks",
            "1.8 transaction ids", "1.8 rollback", "1.9 wrong password", "1.9 malformed Authorization", "1.10 DatabaseException 400",
            "1.10 405", "1.10 406", "1.10 415", "1.10 429", "1.10 CredentialsExpired", "1.10 InvalidFormat", "1.10 502", "1.10 504",
            "1.10 typed Content-Type"];
        var sources = Recording.Names().Select(n => Recording.Load(n).Source).ToList();

        Assert.All(corrected, point => Assert.Contains(sources, s => s.Contains(point, StringComparison.Ordinal)));
    }

    private static async Task<Outcome> PlayAsync(Neo4jCypherEngine engine, JsonElement step, Neo4jTransaction? transaction)
    {
        var outcome = new Outcome();
        try
        {
            switch (step.GetProperty("do").GetString())
            {
                case "query":
                    await ReadAsync(await engine.RunAsync(Query(step), QueryOptionsOf(step), Token), outcome);
                    break;
                case "begin":
                    outcome.Transaction = await engine.BeginTransactionAsync(QueryOptionsOf(step), Token);
                    break;
                case "run":
                    await ReadAsync(await transaction!.RunAsync(Query(step), Token), outcome);
                    break;
                case "commit":
                    outcome.Bookmark = (await transaction!.CommitAsync(Token)).Bookmark;
                    break;
                case "rollback":
                    await transaction!.RollbackAsync(Token);
                    break;
                case "dispose":
                    await transaction!.DisposeAsync();
                    break;
                default:
                    throw new InvalidDataException($"Unknown step {step.GetRawText()}");
            }
        }
        catch (Exception failure) when (failure is CypherException or InvalidOperationException)
        {
            outcome.Failure = failure;
        }

        return outcome;
    }

    private static void Check(JsonElement step, Outcome outcome, Neo4jTransaction? transaction, string where)
    {
        var expect = step.TryGetProperty("expect", out var e) ? e : default;
        bool Has(string name, out JsonElement value)
        {
            value = default;
            return expect.ValueKind == JsonValueKind.Object && expect.TryGetProperty(name, out value);
        }

        if (Has("rows", out var rows))
        {
            Assert.True(rows.EnumerateArray().Select(r => r.GetString()!).SequenceEqual(outcome.Rows), $"{where}: rows {string.Join(" / ", outcome.Rows)}");
        }

        if (Has("error", out var error))
        {
            var failure = Assert.IsType<CypherException>(outcome.Failure, exactMatch: false);
            Assert.True(error.GetProperty("kind").GetString() == failure.Kind.ToString(), $"{where}: kind {failure.Kind} ({failure.Message})");
            if (error.TryGetProperty("code", out var code))
            {
                Assert.True(code.GetString() == failure.StatusCode, $"{where}: code {failure.StatusCode}");
            }

            if (error.TryGetProperty("message", out var message))
            {
                Assert.True(message.GetString() == failure.Message, $"{where}: message {failure.Message}");
            }
        }
        else if (Has("refused", out var refused))
        {
            Assert.True(outcome.Failure is InvalidOperationException failure && failure.Message.Contains(refused.GetString()!, StringComparison.Ordinal),
                $"{where}: {outcome.Failure?.Message ?? "no refusal"}");
        }
        else
        {
            Assert.True(outcome.Failure is null, $"{where}: {outcome.Failure}");
        }

        if (Has("bookmark", out var bookmark))
        {
            Assert.True(bookmark.GetString() == outcome.Bookmark, $"{where}: bookmark {outcome.Bookmark}");
        }

        if (Has("state", out var state))
        {
            Assert.True(state.GetString() == transaction?.State.ToString(), $"{where}: state {transaction?.State}");
        }

        if (Has("id", out var id))
        {
            Assert.Equal(id.GetString(), transaction?.Id);
        }

        if (Has("nodesCreated", out var created))
        {
            Assert.Equal(created.GetInt32(), outcome.Counters?.NodesCreated);
        }
    }

    private static async Task ReadAsync(ICypherCursor cursor, Outcome outcome)
    {
        await using (cursor)
        {
            await foreach (var record in cursor.WithCancellation(Token))
            {
                outcome.Rows.Add(string.Join(" | ", record.Values.Select(CypherValues.ToLiteral)));
            }

            var summary = await cursor.ConsumeAsync(Token);
            outcome.Bookmark = summary.Bookmark;
            outcome.Counters = summary.Counters;
        }
    }

    private static CypherQuery Query(JsonElement step) => new(
        step.GetProperty("statement").GetString()!,
        step.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value))
            : new Dictionary<string, object?>());

    private static QueryOptions QueryOptionsOf(JsonElement step)
    {
        var options = step.TryGetProperty("mode", out var mode) && mode.GetString() == "read" ? QueryOptions.Read : QueryOptions.Write;
        return step.TryGetProperty("timeoutSeconds", out var seconds) ? options with { Timeout = TimeSpan.FromSeconds(seconds.GetInt32()) } : options;
    }

    // Parameters are plain JSON; a string "NaN" or "Infinity" in a float-marked parameter becomes the double.
    private static object? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String when element.GetString() is "NaN" or "Infinity" or "-Infinity" => double.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value)),
        _ => null,
    };

    private sealed class Outcome
    {
        public List<string> Rows { get; } = [];

        public string? Bookmark { get; set; }

        public QueryCounters? Counters { get; set; }

        public Neo4jTransaction? Transaction { get; set; }

        public Exception? Failure { get; set; }
    }
}
