using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Core.Values.Temporal;
using Chile1973.Graph.Tck.Manual;
using Xunit;

namespace Chile1973.Graph.Tck.Tests.Manual;

public sealed class ManualCellParserTests
{
    private static readonly CypherNode Keanu = new("n1", ["Person"], new Dictionary<string, object?> { ["name"] = "Keanu Reeves", ["age"] = 58L });

    [Theory]
    [InlineData("<null>")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Parser_reads_every_null_spelling_as_null(string cell) => Assert.Null(ManualCellParser.Parse(cell));

    [Theory]
    [InlineData("\"You've Got Mail\"", "You've Got Mail")]
    [InlineData("'abc'", "abc")]
    [InlineData("\"\"", "")]
    public void Parser_reads_strings_in_either_quote_without_escapes(string cell, string expected) =>
        Assert.Equal(expected, ManualCellParser.Parse(cell));

    [Theory]
    [InlineData("(:Person {\"name\":\"Keanu Reeves\",\"age\":58})")]
    [InlineData("(:Person {name: \"Keanu Reeves\", age: 58})")]
    [InlineData("{name: 'Keanu Reeves', age: 58}")]
    [InlineData("{{\"name\":\"Keanu Reeves\",\"age\":58}}")]
    [InlineData("Node[3]{name:\"Keanu Reeves\",age:58}")]
    public void Every_node_style_of_the_manual_matches_the_same_node(string cell) =>
        Assert.True(ManualValueComparer.ValueEquals(ManualCellParser.Parse(cell), Keanu));

    [Fact]
    public void A_node_printed_with_other_labels_does_not_match() =>
        Assert.False(ManualValueComparer.ValueEquals(ManualCellParser.Parse("(:Movie {name: \"Keanu Reeves\", age: 58})"), Keanu));

    [Fact]
    public void A_path_matches_only_with_its_arrows_in_traversal_order()
    {
        var movie = new CypherNode("n2", ["Movie"], new Dictionary<string, object?> { ["title"] = "Man of Tai Chi" });
        var directed = new CypherRelationship("r1", "DIRECTED", "n1", "n2", new Dictionary<string, object?>());
        var path = new CypherPath([movie, Keanu], [directed]);

        Assert.True(ManualValueComparer.ValueEquals(
            ManualCellParser.Parse("(:Movie {title: \"Man of Tai Chi\"})<-[:DIRECTED]-(:Person {name: \"Keanu Reeves\", age: 58})"), path));
        Assert.False(ManualValueComparer.ValueEquals(
            ManualCellParser.Parse("(:Movie {title: \"Man of Tai Chi\"})-[:DIRECTED]->(:Person {name: \"Keanu Reeves\", age: 58})"), path));
    }

    [Theory]
    [InlineData("[42, null]")]
    [InlineData("[42,<null>]")]
    public void Lists_read_with_or_without_spaces(string cell) =>
        Assert.True(ManualValueComparer.ValueEquals(ManualCellParser.Parse(cell), new List<object?> { 42L, null }));

    [Fact]
    public void Floats_match_within_a_relative_tolerance_but_not_integers()
    {
        Assert.True(ManualValueComparer.ValueEquals(ManualCellParser.Parse("7.937253933193772"), 7.9372539331937717));
        Assert.False(ManualValueComparer.ValueEquals(ManualCellParser.Parse("8.0"), 8L));
    }

    [Theory]
    [InlineData("12:50:35.556000000+01:00", "12:50:35.556+01:00")]
    [InlineData("01:42:19.000000000+00:00", "01:42:19Z")]
    [InlineData("\"17:10Z\"", "17:10:00Z")]
    public void Temporal_cells_compare_by_value_not_by_padding(string cell, string engineText)
    {
        Assert.True(ManualValueComparer.ValueEquals(ManualCellParser.Parse(cell), CypherTime.Parse(engineText)));
    }

    [Fact]
    public void A_cell_with_a_typo_fails_with_the_position() =>
        Assert.Contains("at 5", Assert.Throws<FormatException>(() => ManualCellParser.Parse("[1, 2")).Message, StringComparison.Ordinal);
}
