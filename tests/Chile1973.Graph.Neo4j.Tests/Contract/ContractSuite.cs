using Chile1973.Graph.Core.Explorer;
using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Contract;

/// <summary>The explorer's templates and the contract cases, and how to run a case on an engine.</summary>
internal static class ContractSuite
{
    /// <summary>Every template of the explorer (<see cref="ExplorerQueries"/>), by name.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = ExplorerQueries.Templates;

    public static IReadOnlyList<ContractCase> Cases { get; } =
        ContractCase.Load(Path.Combine(AppContext.BaseDirectory, "Contract", "contract-cases.json"), Templates);

    public static IEnumerable<TheoryDataRow<string>> CaseNames() => Cases.Select(c => new TheoryDataRow<string>(c.Name));

    public static async Task<List<string>> RunAsync(ICypherEngine engine, ContractCase contractCase, CancellationToken cancellationToken)
    {
        var options = QueryOptions.Read with { Timeout = TimeSpan.FromSeconds(30), MaxRows = 1000 };
        await using var cursor = await engine.RunAsync(new CypherQuery(contractCase.Cypher, contractCase.Parameters), options, cancellationToken);
        var records = new List<CypherRecord>();
        await foreach (var record in cursor.WithCancellation(cancellationToken))
        {
            records.Add(record);
        }

        return contractCase.Render(records);
    }

    public static void AssertRows(ContractCase contractCase, List<string> actual)
    {
        var expected = contractCase.Ordered ? contractCase.Rows : [.. contractCase.Rows.Order(StringComparer.Ordinal)];
        var got = contractCase.Ordered ? actual : [.. actual.Order(StringComparer.Ordinal)];
        Xunit.Assert.Equal(expected, got);
    }
}
