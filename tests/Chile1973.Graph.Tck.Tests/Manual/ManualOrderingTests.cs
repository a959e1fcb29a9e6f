using Chile1973.Graph.Tck.Manual;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Manual;

public sealed class ManualOrderingTests
{
    private static readonly Func<IReadOnlyList<object?>, IReadOnlyList<object?>, bool> Same =
        (e, a) => e.Count == a.Count && e.Select((v, i) => ManualValueComparer.ValueEquals(v, a[i])).All(x => x);

    [Fact]
    public void Rows_tying_on_the_sort_column_may_come_in_any_order()
    {
        var columns = ManualOrdering.SortColumns("MATCH (n) RETURN n.name AS name, n.age AS age ORDER BY age DESC LIMIT 3", ["name", "age"]);
        List<IReadOnlyList<object?>> expected = [["b", 2L], ["a", 2L], ["c", 1L]];
        List<IReadOnlyList<object?>> actual = [["a", 2L], ["b", 2L], ["c", 1L]];

        Assert.Equal([1], columns);
        Assert.True(ManualOrdering.OrderedEquals(expected, actual, columns, Same));
    }

    [Fact]
    public void Rows_out_of_sort_order_do_not_match()
    {
        var columns = ManualOrdering.SortColumns("RETURN x AS name, y AS age ORDER BY age", ["name", "age"]);
        List<IReadOnlyList<object?>> expected = [["c", 1L], ["a", 2L]];
        List<IReadOnlyList<object?>> actual = [["a", 2L], ["c", 1L]];

        Assert.False(ManualOrdering.OrderedEquals(expected, actual, columns, Same));
    }

    [Fact]
    public void An_expression_sort_key_keeps_the_whole_row_order() =>
        Assert.Null(ManualOrdering.SortColumns("MATCH (n) RETURN n.name ORDER BY n.age + 1", ["n.name"]));

    [Theory]
    [InlineData("MATCH (p) RETURN collect(p.name)", true)]
    [InlineData("RETURN COLLECT { MATCH (p) RETURN p.name }", true)]
    [InlineData("MATCH (a) RETURN [(a)-->(b) | b.name]", true)]
    [InlineData("MATCH (a) RETURN keys(a)", true)]
    [InlineData("RETURN reverse([1, 2, 3])", false)]
    public void Lists_built_in_traversal_order_compare_as_multisets(string query, bool engineOrder) =>
        Assert.Equal(engineOrder, ManualOrdering.ListsInEngineOrder(query));
}
