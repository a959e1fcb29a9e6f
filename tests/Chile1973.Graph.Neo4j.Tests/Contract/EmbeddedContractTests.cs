using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Cypher;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Contract;

/// <summary>The contract cases on the embedded engine, on every run.</summary>
public sealed class EmbeddedContractTests
{
    private static readonly ICypherEngine Engine = ExplorerEngine.Open(SampleGraph.Create());

    [Theory]
    [MemberData(nameof(ContractSuite.CaseNames), MemberType = typeof(ContractSuite))]
    public async Task Embedded_engine_returns_the_contract_rows(string name)
    {
        var contractCase = ContractSuite.Cases.Single(c => c.Name == name);

        var rows = await ContractSuite.RunAsync(Engine, contractCase, TestContext.Current.CancellationToken);

        ContractSuite.AssertRows(contractCase, rows);
    }

    [Fact]
    public void Every_template_of_the_explorer_has_a_contract_case()
    {
        var covered = ContractSuite.Cases.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(ContractSuite.Templates);
        Assert.All(ContractSuite.Templates.Keys, t => Assert.Contains($"template {t}", covered));
    }
}
