using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Core.Model;
using Chile1973.Graph.Neo4j.Testing;
using Xunit;

namespace Chile1973.Graph.Importer.Tests.Neo4jTarget;

/// <summary><c>load --target neo4j</c> against a Query API stand-in that runs each statement on the embedded engine.</summary>
public sealed class LoadNeo4jCommandTests
{
    private static readonly KnowledgeGraph Article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_puts_the_article_graph_into_neo4j_and_says_what_it_created()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);

        var run = await CliRun.RunAsync(Load(standIn));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Loaded {Article.Nodes.Count} nodes and {Article.Relationships.Count} relationships into {standIn.Uri} (neo4j)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{Article.Nodes.Count} nodes and {Article.Relationships.Count} relationships created", run.Output, StringComparison.Ordinal);
        Assert.Equal(GraphSnapshot.CountsOf(Article), await GraphSnapshot.ReadCountsAsync(standIn.Engine, Token));
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(standIn.Engine, Token));
    }

    [Fact]
    public async Task Load_run_twice_leaves_the_same_graph_and_creates_nothing_the_second_time()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        await CliRun.RunAsync(Load(standIn));
        var first = await GraphSnapshot.ReadAsync(standIn.Engine, Token);

        var again = await CliRun.RunAsync(Load(standIn));

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(" 0 nodes and 0 relationships created", again.Output, StringComparison.Ordinal);
        Assert.Equal(first, await GraphSnapshot.ReadAsync(standIn.Engine, Token));
        Assert.Equal((Article.Nodes.Count, Article.Relationships.Count), (standIn.Store.NodeCount, standIn.Store.RelationshipCount));
    }

    [Fact]
    public async Task Load_that_fails_part_way_exits_1_says_so_and_the_next_run_completes_the_graph()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        standIn.FailRequests(15, 1, StandInFault.DatabaseError);

        var failed = await CliRun.RunAsync(Load(standIn, ["--batch-size", "20"]));
        var partialNodes = standIn.Store.NodeCount;
        var completed = await CliRun.RunAsync(Load(standIn, ["--batch-size", "20"]));

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error: ", failed.Error, StringComparison.Ordinal);
        Assert.Contains("running it again completes the graph", failed.Error, StringComparison.Ordinal);
        Assert.InRange(partialNodes, 1, Article.Nodes.Count - 1);
        Assert.Equal(0, completed.ExitCode);
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(standIn.Engine, Token));
    }

    [Fact]
    public async Task Atomic_load_that_fails_part_way_exits_1_saying_nothing_was_written_and_writes_nothing()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);
        standIn.FailRequests(15, 1, StandInFault.DatabaseError);

        var failed = await CliRun.RunAsync(Load(standIn, ["--batch-size", "20", "--atomic"]));

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("its transaction was rolled back: no nodes or relationships were written", failed.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0), (standIn.Store.NodeCount, standIn.Store.RelationshipCount));
    }

    [Fact]
    public async Task Atomic_load_puts_the_article_graph_into_neo4j()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);

        var run = await CliRun.RunAsync(Load(standIn, ["--atomic"]));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(GraphSnapshot.Of(Article), await GraphSnapshot.ReadAsync(standIn.Engine, Token));
    }

    [Fact]
    public async Task Load_dry_run_prints_the_plan_and_sends_nothing()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);

        var run = await CliRun.RunAsync(Load(standIn, ["--dry-run"]));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Load plan: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX node_names IF NOT EXISTS", run.Output, StringComparison.Ordinal);
        Assert.Contains("UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n = row.properties", run.Output, StringComparison.Ordinal);
        Assert.Empty(standIn.Requests);
    }

    [Fact]
    public async Task Load_with_a_wrong_password_exits_1_naming_the_refusal_and_writes_nothing()
    {
        await using var standIn = await QueryApiStandIn.StartAsync(cancellationToken: Token);

        var run = await CliRun.RunAsync(Load(standIn, password: "not-the-password"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Neo4j at {standIn.Uri} refused user 'neo4j': Invalid username or password.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was loaded.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("part-way", run.Error, StringComparison.Ordinal);
        Assert.Single(standIn.Requests);
        Assert.Equal(0, standIn.Store.NodeCount);
    }

    private static string[] Load(QueryApiStandIn standIn, string[]? extra = null, string? password = null) =>
        ["load", "--target", "neo4j", "--uri", standIn.Uri.AbsoluteUri, "--user", standIn.User, "--password", password ?? standIn.Password, .. extra ?? []];
}
