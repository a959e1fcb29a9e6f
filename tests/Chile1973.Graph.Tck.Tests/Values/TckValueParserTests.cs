using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Tck.Values;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Values;

public sealed class TckValueParserTests
{
    [Theory]
    [InlineData("1", 1L)]
    [InlineData("-42", -42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("'text'", "text")]
    [InlineData("''", "")]
    [InlineData("'🧐🍌❖⋙⚐'", "🧐🍌❖⋙⚐")]
    public void Parser_reads_scalars_with_their_types(string cell, object expected)
    {
        var value = TckValueParser.Parse(cell);

        Assert.Equal(expected, value);
        Assert.IsType(expected.GetType(), value);
    }

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("-0.000001", -0.000001)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-305", 1e-305)]
    [InlineData("1.2635418652381264e305", 1.2635418652381264e305)]
    [InlineData("3985764.3405892686", 3985764.3405892686)]
    [InlineData("2E3", 2000.0)]
    public void Parser_reads_floats_as_doubles(string cell, double expected)
    {
        var value = TckValueParser.Parse(cell);

        Assert.Equal(expected, Assert.IsType<double>(value));
    }

    [Fact]
    public void Parser_reads_NaN_and_null()
    {
        Assert.True(double.IsNaN(Assert.IsType<double>(TckValueParser.Parse("NaN"))));
        Assert.Null(TckValueParser.Parse("null"));
    }

    [Fact]
    public void Parser_unescapes_only_quote_and_backslash_in_strings()
    {
        // Literals6 [5] after Gherkin's own unescaping of the cell.
        var value = TckValueParser.Parse(@"'a\\bcn5t\'""\\//\\""\''");

        Assert.Equal(@"a\bcn5t'""\//\""'", value);
    }

    [Fact]
    public void Parser_keeps_a_backslash_before_any_other_character()
    {
        Assert.Equal(@"a\nb", TckValueParser.Parse(@"'a\nb'"));
    }

    [Fact]
    public void Parser_reads_nested_lists_and_maps()
    {
        var value = TckValueParser.Parse("[1, 'a', [null], {k: [2, 3.5], b: {}}]");

        var list = Assert.IsType<List<object?>>(value);
        Assert.Equal(4, list.Count);
        Assert.Equal(1L, list[0]);
        Assert.Equal([null], Assert.IsType<List<object?>>(list[2]));
        var map = Assert.IsType<Dictionary<string, object?>>(list[3]);
        Assert.Equal([2L, 3.5], Assert.IsType<List<object?>>(map["k"]));
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(map["b"]));
    }

    [Fact]
    public void Parser_reads_nodes_with_labels_and_properties()
    {
        var node = Assert.IsType<CypherNode>(TckValueParser.Parse("(:A:B {name: 'x', n: 1})"));

        Assert.Equal(["A", "B"], node.Labels);
        Assert.Equal("x", node.Properties["name"]);
        Assert.Equal(1L, node.Properties["n"]);
    }

    [Theory]
    [InlineData("()", 0, 0)]
    [InlineData("({k: 1})", 0, 1)]
    [InlineData("(:A )", 1, 0)]
    public void Parser_reads_bare_nodes(string cell, int labels, int properties)
    {
        var node = Assert.IsType<CypherNode>(TckValueParser.Parse(cell));

        Assert.Equal(labels, node.Labels.Count);
        Assert.Equal(properties, node.Properties.Count);
    }

    [Fact]
    public void Parser_tells_a_relationship_from_a_list_by_the_colon()
    {
        var relationship = Assert.IsType<CypherRelationship>(TckValueParser.Parse("[:T {k: 1}]"));
        var list = Assert.IsType<List<object?>>(TckValueParser.Parse("[[:T]]"));

        Assert.Equal("T", relationship.Type);
        Assert.Equal(1L, relationship.Properties["k"]);
        Assert.IsType<CypherRelationship>(Assert.Single(list));
    }

    [Fact]
    public void Parser_reads_paths_with_both_directions()
    {
        var path = Assert.IsType<CypherPath>(TckValueParser.Parse("<(:A)-[:T]->(:B)<-[:S {w: 2}]-()>"));

        Assert.Equal(2, path.Length);
        Assert.Equal(path.Nodes[0].ElementId, path.Relationships[0].StartElementId);
        Assert.Equal(path.Nodes[1].ElementId, path.Relationships[0].EndElementId);
        Assert.Equal(path.Nodes[2].ElementId, path.Relationships[1].StartElementId);
        Assert.Equal(path.Nodes[1].ElementId, path.Relationships[1].EndElementId);
        Assert.Equal(2L, path.Relationships[1].Properties["w"]);
    }

    [Fact]
    public void Parser_reads_a_single_node_path()
    {
        var path = Assert.IsType<CypherPath>(TckValueParser.Parse("<()>"));

        Assert.Equal(0, path.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("'open")]
    [InlineData("[1, 2")]
    [InlineData("{a 1}")]
    [InlineData("1 2")]
    [InlineData("nope")]
    [InlineData("99999999999999999999")]
    [InlineData("(:A)-[:T]->(:B)")]
    public void Parser_rejects_malformed_values_with_the_offending_text(string cell)
    {
        var error = Assert.Throws<FormatException>(() => TckValueParser.Parse(cell));

        Assert.Contains(cell, error.Message, StringComparison.Ordinal);
    }
}
