using Chile1973.Graph.Importer.Querying;
using Xunit;

namespace Chile1973.Graph.Importer.Tests;

public sealed class ParameterParserTests
{
    public static TheoryData<string, object?> Literals => new()
    {
        { "42", 42L },
        { "-7", -7L },
        { "1.5", 1.5 },
        { "1e3", 1000.0 },
        { "true", true },
        { "FALSE", false },
        { "null", null },
        { "'quoted text'", "quoted text" },
        { "\"double \\\"quoted\\\"\"", "double \"quoted\"" },
        { "'it\\'s'", "it's" },
        { "salvador_allende", "salvador_allende" },
        { "1973-09-11", "1973-09-11" },
        { "Unidad Popular", "Unidad Popular" },
        { "[1, 'a']", "[1, a]" },
        { "[oops", "[oops" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void ParseValue_reads_cypher_literals_and_falls_back_to_text(string text, object? expected)
    {
        var value = ParameterParser.ParseValue(text);

        Assert.Equal(expected, value is List<object?> list ? $"[{string.Join(", ", list)}]" : value);
    }

    [Fact]
    public void ParseValue_reads_nested_lists_and_maps()
    {
        var value = ParameterParser.ParseValue("{names: ['PS', 'PC'], year: 1973, share: {up: 44.0}}");

        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(new List<object?> { "PS", "PC" }, map["names"]);
        Assert.Equal(1973L, map["year"]);
        Assert.Equal(44.0, Assert.IsType<Dictionary<string, object?>>(map["share"])["up"]);
    }

    [Fact]
    public void ParseAssignment_splits_at_the_first_equals_sign()
    {
        var (name, value) = ParameterParser.ParseAssignment("quote=a=b");

        Assert.Equal(("quote", "a=b"), (name, value));
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=1")]
    [InlineData("bad name=1")]
    [InlineData("1st=1")]
    public void ParseAssignment_rejects_what_is_not_name_equals_value(string assignment)
    {
        Assert.Throws<FormatException>(() => ParameterParser.ParseAssignment(assignment));
    }
}
