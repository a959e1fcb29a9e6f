using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j.Testing;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.StandIn;

/// <summary>
/// The loader puts the article graph (graph/, seeds/) into a Query API stand-in that runs every
/// statement on the embedded engine: the MERGE statements really run, so idempotence is proven,
/// not assumed (issue 6).
/// </summary>
public sealed class ArticleGraphLoadTests
{
    private static readonly KnowledgeGraph Article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_puts_every_node_and_relationship_of_the_files_into_neo4j_with_their_properties()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());

        var result = await Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(Article, batchSize: 50), cancellationToken: Token);

        Assert.Equal(GraphSnapshot.CountsOf(Article), await GraphSnapshot.ReadCountsAsync(engine, Token));
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(engine, Token));
        Assert.Equal(Article.Nodes.Count, result.Counters.NodesCreated);
        Assert.Equal(Article.Relationships.Count, result.Counters.RelationshipsCreated);
    }

    [Theory]
    [InlineData("causal")]
    [InlineData("sequence")]
    [InlineData("influence")]
    public async Task Load_gives_every_relationship_its_category_so_a_cypher_filter_on_neo4j_finds_them_all(string category)
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        await Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(Article, batchSize: 50), cancellationToken: Token);
        var expected = Article.Relationships
            .Where(r => Equals(r.Properties[GraphProperties.Category], category))
            .Select(r => r.Id)
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = new List<string>();
        var query = new CypherQuery("MATCH ()-[r {category: $category}]->() RETURN r.id AS id", new Dictionary<string, object?> { ["category"] = category });
        await using (var cursor = await engine.RunAsync(query, QueryOptions.Read, Token))
        {
            await foreach (var record in cursor.WithCancellation(Token))
            {
                actual.Add((string)record["id"]!);
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
        Assert.Equal(0, await CountAsync(engine, "MATCH ()-[r]->() WHERE r.category IS NULL RETURN count(r) AS n"));
    }

    [Fact]
    public async Task Load_creates_the_id_constraints_and_the_name_index_before_any_data()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());

        await Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(Article), cancellationToken: Token);

        Assert.Equal(Enum.GetValues<NodeKind>().Length, standIn.Schema.Count(s => s.Kind == "constraint"));
        Assert.Single(standIn.Schema, s => s is { Kind: "fulltext index", Name: ExplorerQueries.NameIndex });
        var firstData = standIn.Requests.First(r => r.Statement.StartsWith("UNWIND", StringComparison.Ordinal)).Number;
        var lastSchema = standIn.Requests.Last(r => SchemaStatement.TryParse(r.Statement) is not null).Number;
        Assert.True(lastSchema < firstData, "schema statements must all run before the first data batch");
    }

    [Fact]
    public async Task Loading_twice_leaves_exactly_the_same_graph_and_creates_nothing_the_second_time()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var plan = GraphLoadPlan.Create(Article, batchSize: 40);
        await Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token);
        var afterFirst = await GraphSnapshot.ReadAsync(engine, Token);

        var second = await Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token);

        Assert.Equal(afterFirst, await GraphSnapshot.ReadAsync(engine, Token));
        Assert.Equal(GraphSnapshot.Of(Article), afterFirst);
        Assert.Equal((0, 0), (second.Counters.NodesCreated, second.Counters.RelationshipsCreated));
        Assert.Equal((Article.Nodes.Count, Article.Relationships.Count), (standIn.Store.NodeCount, standIn.Store.RelationshipCount));
    }

    [Fact]
    public async Task Load_that_fails_part_way_leaves_a_partial_graph_that_the_next_run_completes()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        var options = standIn.ClientOptions(maxRetries: 2);
        var plan = GraphLoadPlan.Create(Article, batchSize: 25);
        var schemaCount = plan.Steps.Count(s => s.IsSchema);
        // Drop every attempt at the fourth data batch, after it ran: the retries run it again and are lost too.
        standIn.FailRequests(schemaCount + 4, options.MaxRetries + 1, StandInFault.ResetAfterRunning);
        CypherException error;
        using (var failing = Neo4jEngineFactory.Create(options))
        {
            error = await Assert.ThrowsAsync<CypherException>(() => Neo4jGraphLoader.LoadAsync(failing, plan, cancellationToken: Token));
        }

        Assert.Equal(CypherErrorKind.Unavailable, error.Kind);
        Assert.Contains($"Neo4j unreachable at {standIn.Uri}", error.Message, StringComparison.Ordinal);

        // The batches before the lost one, and the lost one itself (it ran), are in; nothing after it.
        var written = plan.Steps.Where(s => !s.IsSchema).SelectMany(s => s.Batches).Take(4).Sum(b => b.Count);
        Assert.Equal(written, standIn.Store.NodeCount + standIn.Store.RelationshipCount);
        Assert.InRange(standIn.Store.NodeCount, 1, Article.Nodes.Count - 1);
        standIn.ClearFaults();
        using var engine = Neo4jEngineFactory.Create(options);

        await Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token);

        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(engine, Token));
    }

    [Fact]
    public async Task Load_that_stops_at_a_database_error_sends_no_later_batch_and_the_next_run_completes_the_graph()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var plan = GraphLoadPlan.Create(Article, batchSize: 30);
        var failAt = plan.StatementCount - 3;
        standIn.FailRequests(failAt, 1, StandInFault.DatabaseError);

        var error = await Assert.ThrowsAsync<CypherException>(() => Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token));
        var partial = standIn.Store.RelationshipCount;
        await Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token);

        Assert.Equal(CypherErrorKind.DatabaseError, error.Kind);
        Assert.Equal(failAt, standIn.Requests.Single(r => r.Fault is not null).Number);
        Assert.InRange(partial, 1, Article.Relationships.Count - 1);
        Assert.Equal(failAt + plan.StatementCount, standIn.Requests.Count);
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(engine, Token));
    }

    [Fact]
    public async Task Batch_whose_answer_is_lost_after_it_ran_is_sent_again_and_merges_without_duplicates()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var plan = GraphLoadPlan.Create(Article, batchSize: 30);
        var lastBatch = plan.StatementCount;
        standIn.FailRequests(lastBatch, 1, StandInFault.ResetAfterRunning);

        var result = await Neo4jGraphLoader.LoadAsync(engine, plan, cancellationToken: Token);

        var sent = standIn.Requests.Where(r => r.Number >= lastBatch).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Statement, sent[1].Statement);
        Assert.Equal(plan.StatementCount, result.Statements);
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(engine, Token));
    }

    [Fact]
    public async Task Atomic_load_puts_the_article_graph_in_with_one_commit()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());

        await Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(Article, batchSize: 50), atomic: true, cancellationToken: Token);

        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(engine, Token));
        Assert.Equal(0, standIn.OpenTransactions);
    }

    private static async Task<long> CountAsync(ICypherEngine engine, string statement)
    {
        await using var cursor = await engine.RunAsync(new CypherQuery(statement), QueryOptions.Read, Token);
        await foreach (var record in cursor.WithCancellation(Token))
        {
            return (long)record["n"]!;
        }

        return -1;
    }

    [Theory]
    [InlineData(StandInFault.DatabaseError)]
    [InlineData(StandInFault.TransientError)]
    [InlineData(StandInFault.ResetBeforeRunning)]
    [InlineData(StandInFault.ResetAfterRunning)]
    public async Task Atomic_load_that_fails_part_way_leaves_no_data_and_no_open_transaction(StandInFault fault)
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        using var engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        var plan = GraphLoadPlan.Create(Article, batchSize: 30);
        // After the schema statements and the transaction's start, the fifth batch fails.
        standIn.FailRequests(plan.Steps.Count(s => s.IsSchema) + 1 + 5, 1, fault);

        await Assert.ThrowsAsync<CypherException>(() => Neo4jGraphLoader.LoadAsync(engine, plan, atomic: true, cancellationToken: Token));

        Assert.Equal((0, 0), (standIn.Store.NodeCount, standIn.Store.RelationshipCount));
        Assert.Equal(0, standIn.OpenTransactions);
    }
}
