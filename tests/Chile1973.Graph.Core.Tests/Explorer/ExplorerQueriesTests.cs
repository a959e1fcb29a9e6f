using System.Reflection;
using Chile1973.Graph.Core.Explorer;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Explorer;

public sealed class ExplorerQueriesTests
{
    [Fact]
    public void Templates_lists_every_template_so_the_contract_suite_runs_each()
    {
        var declared = typeof(ExplorerQueries).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(ExplorerQueries.NameIndex))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.Equal(declared.OrderBy(e => e.Key, StringComparer.Ordinal), ExplorerQueries.Templates.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Search_queries_the_name_index_by_its_one_name_for_one_page()
    {
        Assert.Contains($"db.index.fulltext.queryNodes('{ExplorerQueries.NameIndex}', $query, {{limit: $limit}})", ExplorerQueries.Search, StringComparison.Ordinal);
    }
}
