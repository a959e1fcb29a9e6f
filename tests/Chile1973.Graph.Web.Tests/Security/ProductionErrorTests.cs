using System.Net;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Web.Search;
using Chile1973.Graph.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit;

namespace Chile1973.Graph.Web.Tests.Security;

/// <summary>Outside Development a failure tells the reader what went wrong and nothing about the server.</summary>
public sealed class ProductionErrorTests
{
    // What a failure must never show: the exception's type, its message's file path and address, a stack frame.
    private static readonly string[] Secrets = ["InvalidOperationException", "CypherException", "/srv/explorer/Engine.cs", "10.1.2.3", " at Chile1973", "   at "];
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    public static TheoryData<string> Failures => ["crash", "outage"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task HTTP_error_is_a_plain_problem_with_no_exception_detail(string failure)
    {
        await using var factory = Production(failure);
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        using var response = await client.GetAsync("/api/search?q=allende", Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("crash", "Something went wrong on the server")]
    [InlineData("outage", "The graph database is not answering")]
    public async Task Hub_error_says_what_went_wrong_and_nothing_about_the_server(string failure, string said)
    {
        await using var factory = Production(failure);
        await using var connection = await factory.ConnectAsync(Token);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<List<SearchHit>>("Search", "allende", 10, Token));

        Assert.Contains(said, error.Message, StringComparison.Ordinal);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hub_stream_error_says_what_went_wrong_and_names_no_exception()
    {
        await using var factory = Production("crash");
        await using var connection = await factory.ConnectAsync(Token);

        var error = await Assert.ThrowsAsync<HubException>(async () =>
        {
            await foreach (var _ in connection.StreamAsync<object>("StreamNeighbourhood", "salvador_allende", 1, 100, Token))
            {
            }
        });

        Assert.Equal("An error occurred on the server while streaming results. HubException: Something went wrong on the server; please try again.", error.Message);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal));
    }

    private static ExplorerAppFactory Production(string failure) => new(
        engine => new FailingEngine(engine, failure == "crash"
            ? new InvalidOperationException("Index corrupt in /srv/explorer/Engine.cs:line 42")
            : new CypherException(CypherErrorKind.Unavailable, "ServiceUnavailable", "Neo4j unreachable at http://10.1.2.3:7474/: connection refused", CypherErrorPhase.Runtime)),
        new Dictionary<string, string?> { ["environment"] = "Production" });

    /// <summary>The real engine for start-up, the welcome and node look-ups; a failure for searches and neighbourhood rings.</summary>
    private sealed class FailingEngine(ICypherEngine inner, Exception failure) : ICypherEngine
    {
        public string Name => inner.Name;

        public Task<ICypherCursor> RunAsync(CypherQuery query, QueryOptions options, CancellationToken cancellationToken = default) =>
            query.ParametersOrEmpty.ContainsKey("query") || query.ParametersOrEmpty.ContainsKey("frontier")
                ? Task.FromException<ICypherCursor>(failure)
                : inner.RunAsync(query, options, cancellationToken);
    }
}
