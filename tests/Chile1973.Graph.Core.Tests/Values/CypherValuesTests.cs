using Chile1973.Graph.Core.Values;
using Chile1973.Graph.Core.Values.Temporal;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Values;

public sealed class CypherValuesTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, "NULL" },
        { 1L, "INTEGER" },
        { 1.5, "FLOAT" },
        { "x", "STRING" },
        { new List<object?> { 1L }, "LIST" },
        { CypherDate.Parse("1973-09-11"), "DATE" },
        { CypherLocalTime.Parse("12:00"), "LOCAL TIME" },
        { CypherTime.Parse("12:00Z"), "ZONED TIME" },
        { CypherLocalDateTime.Parse("1973-09-11T06:00"), "LOCAL DATETIME" },
        { CypherDateTime.Parse("1973-09-11T06:00-04:00"), "ZONED DATETIME" },
        { CypherDuration.Parse("P17Y"), "DURATION" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void TypeName_names_values_as_Cypher_does_so_error_messages_read_right(object? value, string expected)
    {
        Assert.Equal(expected, CypherValues.TypeName(value));
    }

    [Fact]
    public void ToLiteral_writes_floats_with_a_fraction_and_strings_quoted()
    {
        Assert.Equal("[1, 2.0, 'it\\'s', null]", CypherValues.ToLiteral(new List<object?> { 1L, 2.0, "it's", null }));
    }
}
