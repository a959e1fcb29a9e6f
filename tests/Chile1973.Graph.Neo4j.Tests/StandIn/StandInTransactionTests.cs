using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher.Store;
using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Neo4j.Testing;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.StandIn;

/// <summary>Explicit transactions (<c>/query/v2/tx</c>) through <see cref="Transactions.Neo4jTransaction"/> against the stand-in.</summary>
public sealed class StandInTransactionTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Transaction_sees_its_own_writes_that_others_see_only_after_commit()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        await using var transaction = await engine.BeginTransactionAsync(cancellationToken: Token);
        var created = await Single<CypherNode>(await transaction.RunAsync(new CypherQuery("CREATE (n:Person {id: 'x'}) RETURN n"), Token));

        var inside = await Single<CypherNode>(await transaction.RunAsync(new CypherQuery("MATCH (n:Person {id: 'x'}) RETURN n"), Token));
        var outsideBefore = await Count(engine);
        await transaction.CommitAsync(Token);
        var outsideAfter = await Count(engine);
        var committed = await Single<CypherNode>(await engine.RunAsync(new CypherQuery("MATCH (n:Person {id: 'x'}) RETURN n"), QueryOptions.Read, Token));

        Assert.Equal(created.ElementId, inside.ElementId);
        Assert.Equal((0L, 1L), (outsideBefore, outsideAfter));
        Assert.Equal(created.ElementId, committed.ElementId);
        Assert.Equal(0, standIn.OpenTransactions);
    }

    [Fact]
    public async Task Transaction_disposed_without_commit_is_rolled_back_on_the_server()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());

        await using (var transaction = await engine.BeginTransactionAsync(cancellationToken: Token))
        {
            await (await transaction.RunAsync(new CypherQuery("CREATE (:Person {id: 'x'})"), Token)).ConsumeAsync(Token);
        }

        Assert.Equal(0L, await Count(engine));
        Assert.Equal(0, standIn.OpenTransactions);
    }

    [Fact]
    public async Task Failed_statement_closes_the_transaction_and_nothing_it_wrote_remains()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        await using var transaction = await engine.BeginTransactionAsync(cancellationToken: Token);
        await (await transaction.RunAsync(new CypherQuery("CREATE (:Person {id: 'x'})"), Token)).ConsumeAsync(Token);

        var error = await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync(new CypherQuery("CREAT (:Person)"), Token));

        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
        Assert.Equal(0, standIn.OpenTransactions);
        Assert.Equal(0L, await Count(engine));
    }

    [Fact]
    public async Task Commit_after_another_write_changed_the_graph_is_refused_as_transient_and_writes_nothing()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var transaction = await engine.BeginTransactionAsync(cancellationToken: Token);
        await (await transaction.RunAsync(new CypherQuery("CREATE (:Person {id: 'x'})"), Token)).ConsumeAsync(Token);
        await (await engine.RunAsync(new CypherQuery("CREATE (:Person {id: 'y'})"), QueryOptions.Write, Token)).ConsumeAsync(Token);

        var error = await Assert.ThrowsAsync<CypherException>(() => transaction.CommitAsync(Token));

        Assert.Equal(CypherErrorKind.Transient, error.Kind);
        Assert.Equal(1L, await Count(engine));
    }

    [Fact]
    public async Task Read_transaction_commits_even_after_another_write_since_it_changed_nothing()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var transaction = await engine.BeginTransactionAsync(QueryOptions.Read, Token);
        var before = await Single<long>(await transaction.RunAsync(new CypherQuery("MATCH (n) RETURN count(n) AS n"), Token));
        await (await engine.RunAsync(new CypherQuery("CREATE (:Person {id: 'y'})"), QueryOptions.Write, Token)).ConsumeAsync(Token);

        await transaction.CommitAsync(Token);

        Assert.Equal((0L, 1L), (before, await Count(engine)));
    }

    [Fact]
    public async Task Transaction_over_a_graph_with_deleted_entities_sees_the_same_element_ids_as_outside()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(GraphStore.Load(SampleGraph.Create()), cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        await (await engine.RunAsync(new CypherQuery("MATCH (n {id: 'orlando_letelier'}) DETACH DELETE n"), QueryOptions.Write, Token)).ConsumeAsync(Token);
        var query = new CypherQuery("MATCH (a)-[r]->(b) RETURN elementId(a) + ' ' + elementId(r) + ' ' + elementId(b) AS ids ORDER BY ids");
        var outside = await Strings(await engine.RunAsync(query, QueryOptions.Read, Token));

        await using var transaction = await engine.BeginTransactionAsync(cancellationToken: Token);
        var inside = await Strings(await transaction.RunAsync(query, Token));

        Assert.Equal(3, outside.Count);
        Assert.Equal(outside, inside);
    }

    private static async Task<long> Count(ICypherEngine engine) =>
        await Single<long>(await engine.RunAsync(new CypherQuery("MATCH (n) RETURN count(n) AS n"), QueryOptions.Read, Token));

    private static async Task<List<string>> Strings(ICypherCursor cursor)
    {
        await using (cursor)
        {
            var values = new List<string>();
            await foreach (var record in cursor.WithCancellation(Token))
            {
                values.Add((string)record[0]!);
            }

            return values;
        }
    }

    private static async Task<T> Single<T>(ICypherCursor cursor)
    {
        await using (cursor)
        {
            T? value = default;
            var rows = 0;
            await foreach (var record in cursor.WithCancellation(Token))
            {
                value = (T)record[0]!;
                rows++;
            }

            Assert.Equal(1, rows);
            return value!;
        }
    }
}
