using Chile1973.Graph.Core.GraphFiles;
using Xunit;

namespace Chile1973.Graph.Core.Tests.GraphFiles;

public sealed class CsvColumnTests
{
    [Theory]
    [InlineData("id:ID", "id", ColumnRole.Id)]
    [InlineData(":LABEL", "", ColumnRole.Label)]
    [InlineData(":START_ID", "", ColumnRole.StartId)]
    [InlineData(":END_ID", "", ColumnRole.EndId)]
    [InlineData(":TYPE", "", ColumnRole.Type)]
    [InlineData("quote", "quote", ColumnRole.Property)]
    public void TryParse_recognises_the_neo4j_admin_roles(string header, string key, ColumnRole role)
    {
        Assert.True(CsvColumn.TryParse(header, out var column, out _));

        Assert.Equal((key, role), (column.Key, column.Role));
    }

    [Theory]
    [InlineData("members_1972:int", PropertyType.Integer, false)]
    [InlineData("members:long", PropertyType.Integer, false)]
    [InlineData("share:float", PropertyType.Float, false)]
    [InlineData("share:double", PropertyType.Float, false)]
    [InlineData("legal:boolean", PropertyType.Boolean, false)]
    [InlineData("note:string", PropertyType.String, false)]
    [InlineData("note", PropertyType.String, false)]
    [InlineData("aliases:string[]", PropertyType.String, true)]
    [InlineData("years:int[]", PropertyType.Integer, true)]
    public void TryParse_reads_typed_property_columns(string header, PropertyType type, bool isArray)
    {
        Assert.True(CsvColumn.TryParse(header, out var column, out _));

        Assert.Equal((type, isArray), (column.Type, column.IsArray));
    }

    [Theory]
    [InlineData("size:huge", "unknown column type 'huge'")]
    [InlineData("size:", "unknown column type ''")]
    [InlineData("my key", "is not a column name")]
    [InlineData("", "empty column name")]
    public void TryParse_rejects_bad_headers(string header, string message)
    {
        Assert.False(CsvColumn.TryParse(header, out _, out var error));

        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n:int", "-42", -42L)]
    [InlineData("n:long", "9000000000", 9000000000L)]
    [InlineData("x:float", "37.5", 37.5)]
    [InlineData("x:double", "1e3", 1000.0)]
    [InlineData("b:boolean", "true", true)]
    [InlineData("b:boolean", "FALSE", false)]
    [InlineData("s", "1973", "1973")]
    public void TryConvert_turns_cells_into_typed_values(string header, string cell, object expected)
    {
        Assert.True(CsvColumn.TryParse(header, out var column, out _));

        Assert.True(column.TryConvert(cell, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryConvert_splits_arrays_on_semicolons()
    {
        Assert.True(CsvColumn.TryParse("years:int[]", out var column, out _));

        Assert.True(column.TryConvert("1970;1973", out var value, out _));
        Assert.Equal(new object?[] { 1970L, 1973L }, (IEnumerable<object?>)value!);
    }

    [Theory]
    [InlineData("n:int", "1.5", "'1.5' is not an integer")]
    [InlineData("n:int", "99999999999999999999", "is not an integer")]
    [InlineData("x:float", "3,5", "'3,5' is not a number")]
    [InlineData("x:float", "NaN", "is not a number")]
    [InlineData("b:boolean", "yes", "'yes' is not a boolean")]
    [InlineData("years:int[]", "1970;x", "element 2: 'x' is not an integer")]
    public void TryConvert_says_what_is_wrong_with_a_bad_value(string header, string cell, string message)
    {
        Assert.True(CsvColumn.TryParse(header, out var column, out _));

        Assert.False(column.TryConvert(cell, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
