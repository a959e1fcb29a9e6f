using Chile1973.Graph.Core.Querying;
using Xunit;

namespace Chile1973.Graph.Core.Tests.Querying;

public sealed class CypherRecordTests
{
    [Fact]
    public void A_column_is_found_by_a_name_equal_to_its_own_whatever_string_holds_it()
    {
        // Names read from the wire or built at run time are other strings than the engine's; each finds its column.
        var record = new CypherRecord(["id", "name", "degree"], ["n1", "Name", 3L]);

        Assert.Equal(3L, record[new string(['d', 'e', 'g', 'r', 'e', 'e'])]);
        Assert.Equal("Name", record[string.Concat("na", "me")]);
        Assert.Equal("n1", record["id"]);
    }

    [Fact]
    public void A_column_read_from_a_list_of_names_that_is_not_an_array_is_found_too()
    {
        var record = new CypherRecord(new List<string> { "via", "id" }, ["a", "b"]);

        Assert.Equal("b", record["id"]);
    }

    [Fact]
    public void A_column_the_record_lacks_is_an_error_naming_the_columns_it_has()
    {
        var record = new CypherRecord(["id", "name"], ["n1", null]);

        var error = Assert.Throws<KeyNotFoundException>(() => record["degree"]);

        Assert.Contains("'degree'", error.Message, StringComparison.Ordinal);
        Assert.Contains("id, name", error.Message, StringComparison.Ordinal);
    }
}
