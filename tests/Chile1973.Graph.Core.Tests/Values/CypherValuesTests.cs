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
        { new byte[] { 3 }, "BYTE ARRAY" },
        { new CypherUnsupported("Type \"UUID\" is not supported in the current MimeType."), "UNSUPPORTED" },
    };

    [Fact]
    public void Byte_array_prints_as_the_list_of_its_byte_values_not_as_a_CLR_type_name()
    {
        Assert.Equal("[3, 111, 191]", CypherValues.ToLiteral(new byte[] { 0x03, 0x6F, 0xBF }));
        Assert.Equal("{picture: []}", CypherValues.ToLiteral(new Dictionary<string, object?> { ["picture"] = Array.Empty<byte>() }));
    }

    [Fact]
    public void Unsupported_value_prints_as_a_marker_with_the_engine_reason()
    {
        Assert.Equal("<unsupported: Type \"UUID\" is not supported in the current MimeType.>",
            CypherValues.ToLiteral(new CypherUnsupported("Type \"UUID\" is not supported in the current MimeType.")));
    }

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
