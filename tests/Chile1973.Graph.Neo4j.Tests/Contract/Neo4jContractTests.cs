using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Contract;

/// <summary>
/// The contract cases on a real Neo4j, when NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD name one
/// (NEO4J_DATABASE optional). The database is emptied and loaded with the sample graph through the
/// importer's own plan: point it at a scratch database, such as the one docker compose starts.
/// </summary>
public sealed class Neo4jContractTests : IAsyncLifetime
{
    private static readonly SemaphoreSlim LoadOnce = new(1, 1);
    private static bool loaded;
    private Neo4jCypherEngine? engine;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is not { Length: > 0 } uri)
        {
            return;
        }

        var options = new Neo4jOptions
        {
            Uri = new Uri(uri),
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
        };
        engine = Neo4jEngineFactory.Create(options);
        await LoadOnce.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!loaded)
            {
                await using (var wipe = await engine.RunAsync(new CypherQuery("MATCH (n) DETACH DELETE n"), QueryOptions.Write, TestContext.Current.CancellationToken))
                {
                    await wipe.ConsumeAsync(TestContext.Current.CancellationToken);
                }

                await Neo4jGraphLoader.LoadAsync(engine, GraphLoadPlan.Create(SampleGraph.Create()), cancellationToken: TestContext.Current.CancellationToken);
                loaded = true;
            }
        }
        finally
        {
            LoadOnce.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        engine?.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(ContractSuite.CaseNames), MemberType = typeof(ContractSuite))]
    public async Task Neo4j_returns_the_contract_rows(string name)
    {
        if (engine is null)
        {
            Assert.Skip("NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are not set: no Neo4j to run the contract against.");
        }

        var contractCase = ContractSuite.Cases.Single(c => c.Name == name);

        var rows = await ContractSuite.RunAsync(engine, contractCase, TestContext.Current.CancellationToken);

        ContractSuite.AssertRows(contractCase, rows);
    }
}
