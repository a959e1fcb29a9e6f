using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j;
using Chile1973.Graph.Neo4j.Testing;
using Xunit;

namespace Chile1973.Graph.Importer.Tests.Neo4jTarget;

/// <summary>A Query API stand-in holding the article graph, loaded through the importer's own plan.</summary>
public sealed class ArticleStandIn : IAsyncLifetime
{
    public QueryApiStandIn Server { get; private set; } = null!;

    /// <summary>The connection options of <c>query --target neo4j</c> for this server.</summary>
    public string[] Target => ["--target", "neo4j", "--uri", Server.Uri.AbsoluteUri, "--user", Server.User, "--password", Server.Password];

    public async ValueTask InitializeAsync()
    {
        Server = await QueryApiStandIn.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var engine = Neo4jEngineFactory.Create(Server.ClientOptions());
        var article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
        await Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(article), cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
