extern alias importer;

using Chile1973.Graph.Core.GraphFiles;
using Chile1973.Graph.Neo4j;
using Chile1973.Graph.Neo4j.Testing;
using Xunit;
using importer::Chile1973.Graph.Importer.Neo4jLoad;

namespace Chile1973.Graph.Web.Tests.Fixtures;

/// <summary>
/// The explorer twice, unchanged but for configuration: on the embedded engine, and with
/// <c>Graph:Engine=Neo4j</c> against a Query API stand-in that the importer's plan loaded with the
/// article graph (the stand-in runs each statement on the embedded engine).
/// </summary>
public sealed class TwoEngineExplorers : IAsyncLifetime
{
    private QueryApiStandIn? neo4j;

    public ExplorerAppFactory Embedded { get; } = new();

    public ExplorerAppFactory OnNeo4j { get; private set; } = null!;

    /// <summary>Requests the Neo4j explorer sent to the stand-in.</summary>
    public IReadOnlyList<StandInRequest> Neo4jRequests => neo4j!.Requests;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        neo4j = await QueryApiStandIn.StartAsync(cancellationToken: cancellationToken);
        using (var loader = Neo4jEngineFactory.Create(neo4j.ClientOptions()))
        {
            var article = GraphDirectory.Load(RepositoryPaths.GraphDirectory(), RepositoryPaths.SeedsDirectory());
            await Neo4jGraphLoader.LoadAsync(loader, GraphLoadPlan.Create(article), cancellationToken: cancellationToken);
        }

        OnNeo4j = new ExplorerAppFactory(settings: new Dictionary<string, string?>
        {
            ["Graph:Engine"] = "Neo4j",
            ["Neo4j:Uri"] = neo4j.Uri.AbsoluteUri,
            ["Neo4j:User"] = neo4j.User,
            ["Neo4j:Password"] = neo4j.Password,
        });
        _ = Embedded.BaseAddress;
        _ = OnNeo4j.BaseAddress;
    }

    public async ValueTask DisposeAsync()
    {
        await Embedded.DisposeAsync();
        if (OnNeo4j is not null)
        {
            await OnNeo4j.DisposeAsync();
        }

        if (neo4j is not null)
        {
            await neo4j.DisposeAsync();
        }
    }
}
