using Chile1973.Graph.Importer.Neo4jLoad;
using Chile1973.Graph.Neo4j.Testing;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Contract;

/// <summary>
/// The sample graph loaded by the importer's plan into a Query API stand-in, queried through the
/// Neo4j engine: every value of every contract row crosses the wire as typed JSON both ways.
/// </summary>
public sealed class StandInContractFixture : IAsyncLifetime
{
    private QueryApiStandIn? standIn;

    public Neo4jCypherEngine Engine { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        standIn = await QueryApiStandIn.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        Engine = Neo4jEngineFactory.Create(standIn.ClientOptions());
        await Neo4jGraphLoader.LoadAsync(Engine, GraphLoadPlan.Create(SampleGraph.Create()), cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Engine.Dispose();
        if (standIn is not null)
        {
            await standIn.DisposeAsync();
        }
    }
}

public sealed class StandInContractTests(StandInContractFixture fixture) : IClassFixture<StandInContractFixture>
{
    [Theory]
    [MemberData(nameof(ContractSuite.CaseNames), MemberType = typeof(ContractSuite))]
    public async Task Neo4j_engine_over_the_query_api_returns_the_contract_rows(string name)
    {
        var contractCase = ContractSuite.Cases.Single(c => c.Name == name);

        var rows = await ContractSuite.RunAsync(fixture.Engine, contractCase, TestContext.Current.CancellationToken);

        ContractSuite.AssertRows(contractCase, rows);
    }
}
