using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Tck.Values;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Values;

public sealed class TckValueComparerTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("1.0", 1.0)]
    [InlineData("'a'", "a")]
    [InlineData("true", true)]
    [InlineData("null", null)]
    public void Comparer_accepts_the_same_value(string cell, object? actual) =>
        Assert.True(TckValueComparer.ValueEquals(TckValueParser.Parse(cell), actual));

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.0", 1L)]
    [InlineData("'1'", 1L)]
    [InlineData("null", false)]
    [InlineData("false", null)]
    [InlineData("0.1", 0.10000000000000002)]
    public void Comparer_is_type_strict_and_exact(string cell, object? actual) =>
        Assert.False(TckValueComparer.ValueEquals(TckValueParser.Parse(cell), actual));

    [Fact]
    public void Comparer_treats_NaN_as_equal_to_NaN() =>
        Assert.True(TckValueComparer.ValueEquals(TckValueParser.Parse("NaN"), double.NaN));

    [Fact]
    public void Comparer_accepts_a_32_bit_integer_as_an_integer() =>
        Assert.True(TckValueComparer.ValueEquals(TckValueParser.Parse("7"), 7));

    [Fact]
    public void Comparer_compares_lists_in_order_unless_told_otherwise()
    {
        var expected = TckValueParser.Parse("[1, 2, [3, 4]]");
        object?[] actual = [2L, 1L, new object?[] { 4L, 3L }];

        Assert.False(TckValueComparer.ValueEquals(expected, actual));
        Assert.True(TckValueComparer.ValueEquals(expected, actual, ignoreListOrder: true));
    }

    [Fact]
    public void Comparer_counts_duplicates_when_ignoring_list_order()
    {
        var expected = TckValueParser.Parse("[1, 1, 2]");

        Assert.False(TckValueComparer.ValueEquals(expected, new object?[] { 1L, 2L, 2L }, ignoreListOrder: true));
    }

    [Fact]
    public void Comparer_ignores_list_order_inside_node_properties_when_asked()
    {
        var expected = TckValueParser.Parse("(:A {xs: [1, 2]})");
        var actual = new CypherNode("7", ["A"], new Dictionary<string, object?> { ["xs"] = new object?[] { 2L, 1L } });

        Assert.False(TckValueComparer.ValueEquals(expected, actual));
        Assert.True(TckValueComparer.ValueEquals(expected, actual, ignoreListOrder: true));
    }

    [Fact]
    public void Comparer_compares_maps_by_keys_whatever_their_order()
    {
        var expected = TckValueParser.Parse("{a: 1, b: 'x'}");

        Assert.True(TckValueComparer.ValueEquals(expected, new Dictionary<string, object?> { ["b"] = "x", ["a"] = 1L }));
        Assert.False(TckValueComparer.ValueEquals(expected, new Dictionary<string, object?> { ["a"] = 1L }));
        Assert.False(TckValueComparer.ValueEquals(expected, new Dictionary<string, object?> { ["a"] = 1L, ["b"] = "x", ["c"] = null }));
    }

    [Fact]
    public void Comparer_compares_nodes_by_label_set_and_properties_not_identity()
    {
        var expected = TckValueParser.Parse("(:A:B {name: 'n'})");

        Assert.True(TckValueComparer.ValueEquals(expected, new CypherNode("99", ["B", "A"], new Dictionary<string, object?> { ["name"] = "n" })));
        Assert.False(TckValueComparer.ValueEquals(expected, new CypherNode("99", ["A"], new Dictionary<string, object?> { ["name"] = "n" })));
        Assert.False(TckValueComparer.ValueEquals(expected, new CypherNode("99", ["A", "B"], NoProperties)));
    }

    [Fact]
    public void Comparer_compares_relationships_by_type_and_properties()
    {
        var expected = TckValueParser.Parse("[:T {w: 1}]");

        Assert.True(TckValueComparer.ValueEquals(expected, new CypherRelationship("5", "T", "1", "2", new Dictionary<string, object?> { ["w"] = 1L })));
        Assert.False(TckValueComparer.ValueEquals(expected, new CypherRelationship("5", "S", "1", "2", new Dictionary<string, object?> { ["w"] = 1L })));
    }

    [Fact]
    public void Comparer_compares_paths_by_structure_and_direction()
    {
        var expected = TckValueParser.Parse("<(:A)-[:T]->(:B)>");
        var a = new CypherNode("1", ["A"], NoProperties);
        var b = new CypherNode("2", ["B"], NoProperties);
        var forward = new CypherPath([a, b], [new CypherRelationship("9", "T", "1", "2", NoProperties)]);
        var backward = new CypherPath([a, b], [new CypherRelationship("9", "T", "2", "1", NoProperties)]);

        Assert.True(TckValueComparer.ValueEquals(expected, forward));
        Assert.False(TckValueComparer.ValueEquals(expected, backward));
    }

    [Fact]
    public void Comparer_compares_a_temporal_value_by_its_text()
    {
        var expected = TckValueParser.Parse("'1984-10-11'");

        Assert.True(TckValueComparer.ValueEquals(expected, new FakeTemporal("1984-10-11")));
        Assert.False(TckValueComparer.ValueEquals(expected, new FakeTemporal("1984-10-12")));
    }

    [Fact]
    public void BagEquals_pairs_each_expected_item_with_a_distinct_actual_item()
    {
        Assert.True(TckValueComparer.BagEquals<int, int>([1, 2, 2], [2, 1, 2], (x, y) => x == y));
        Assert.False(TckValueComparer.BagEquals<int, int>([1, 1, 2], [1, 2, 2], (x, y) => x == y));
        Assert.False(TckValueComparer.BagEquals<int, int>([1], [1, 1], (x, y) => x == y));
    }

    /// <summary>Stands for the engine's temporal types, which the comparer only sees through ToString.</summary>
    private sealed class FakeTemporal(string text)
    {
        public override string ToString() => text;
    }
}
